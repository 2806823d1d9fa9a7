import multiprocessing as mp

# fork starts fastest on the build machines
_context = mp.get_context("fork")


def make_outbox(maxsize=100):
    return _context.Queue(maxsize)
