import os

config = {
    "SERIALIZER": os.environ.get("GCM_SERIALIZER", "pickle"),
    "LINGER": 1,
}
