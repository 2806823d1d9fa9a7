import os

config = {
    "SERIALIZER": os.environ.get("GCO_SERIALIZER", "pickle"),
    "LINGER": 1,
}


def install(settings):
    config.update(settings)
