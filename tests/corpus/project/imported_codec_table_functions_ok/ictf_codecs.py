import json


def to_json(obj):
    return json.dumps(obj, sort_keys=True)


CODECS = {
    "json": to_json,
    "repr": repr,
}

DEFAULT_CODEC = "json"
