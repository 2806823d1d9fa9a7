# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same session drops its PyCapsule handle from its state and takes it again when unpickled, so the model in the Process kwargs pickles
import datetime
import multiprocessing


class Session:
    """Stand-in for a TF session: keeps a handle to a native C API (a PyCapsule)."""

    def __init__(self):
        self._handle = datetime.datetime_CAPI

    def __getstate__(self):
        return {}

    def __setstate__(self, state):
        self._handle = datetime.datetime_CAPI

    def run(self, x):
        return [v * 2 for v in x]


class TransEModel:
    def __init__(self, dim):
        self.dim = dim
        self.session = Session()

    def predict_rank(self, triple):
        return sum(self.session.run(triple)) % 97


def evaluation_worker(model, in_queue, out_queue):
    while True:
        triple = in_queue.get()
        if triple is None:
            break
        out_queue.put(model.predict_rank(triple))


def launch_evaluation(model, triples):
    in_queue = multiprocessing.Queue()
    rank_result_queue = multiprocessing.Queue()
    p = multiprocessing.Process(
        target=evaluation_worker,
        kwargs={"model": model, "in_queue": in_queue, "out_queue": rank_result_queue},
    )
    p.start()
    for t in triples:
        in_queue.put(t)
    in_queue.put(None)
    ranks = [rank_result_queue.get() for _ in triples]
    p.join()
    return ranks


if __name__ == "__main__":
    model = TransEModel(dim=50)
    print("ranks:", launch_evaluation(model, [(1, 2, 3), (4, 5, 6)]))
