# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot be converted to a Python object for pickling
# summary: a ZeroMQ context cannot be pickled: each process makes its own
import multiprocessing

import zmq


def describe(context):
    print(type(context).__name__)


if __name__ == "__main__":
    context = zmq.Context()
    try:
        p = multiprocessing.Process(target=describe, args=(context,))  # [PKL004]
        p.start()
        p.join()
    finally:
        context.term()
