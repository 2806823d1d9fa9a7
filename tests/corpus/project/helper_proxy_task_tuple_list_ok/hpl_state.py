from multiprocessing import Manager


def open_shared_state():
    """The manager (the caller shuts it down) and the dict the workers report into."""
    manager = Manager()
    return manager, manager.dict()
