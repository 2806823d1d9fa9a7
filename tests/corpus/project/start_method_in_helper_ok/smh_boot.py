import multiprocessing


def configure_multiprocessing():
    multiprocessing.set_start_method("fork", force=True)
