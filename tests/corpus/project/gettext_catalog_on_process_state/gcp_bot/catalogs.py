import gettext
import io
import struct

_MESSAGES = {
    "it": {
        "": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
        "This bot is powered by botogram.": "Questo bot funziona con botogram.",
        "Use /help to get a list of all the commands.": "Usa /help per la lista dei comandi.",
    },
}


def _compiled(messages):
    """The catalog in the GNU .mo format, as msgfmt writes it."""
    keys = sorted(messages)
    ids = b"".join(k.encode() + b"\0" for k in keys)
    strs = b"".join(messages[k].encode() + b"\0" for k in keys)
    count = len(keys)
    key_start = 7 * 4 + 16 * count
    value_start = key_start + len(ids)
    key_table, value_table, key_at, value_at = [], [], 0, 0
    for key in keys:
        key_bytes, value_bytes = key.encode(), messages[key].encode()
        key_table += [len(key_bytes), key_start + key_at]
        value_table += [len(value_bytes), value_start + value_at]
        key_at += len(key_bytes) + 1
        value_at += len(value_bytes) + 1
    header = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    tables = struct.pack(f"{2 * count}i", *key_table) + struct.pack(f"{2 * count}i", *value_table)
    return header + tables + ids + strs


def get_language(lang):
    return gettext.GNUTranslations(io.BytesIO(_compiled(_MESSAGES[lang])))
