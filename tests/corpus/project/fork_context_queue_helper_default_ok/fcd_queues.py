import multiprocessing as mp


def make_outbox(maxsize=100):
    return mp.Queue(maxsize)
