import json

CODECS = {
    "json": lambda obj: json.dumps(obj, sort_keys=True),
    "repr": lambda obj: repr(obj),
}

DEFAULT_CODEC = "json"
