import threading


def make_guard():
    return threading.Lock()
