# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'PyCapsule' object
# summary: an evaluation Process gets the model in its kwargs; the model's session keeps a C extension's PyCapsule (datetime's C API stands in for a native session handle), which spawn/forkserver cannot pickle (TransE 3)
import datetime
import multiprocessing


class Session:
    """Stand-in for a TF session: keeps a handle to a native C API (a PyCapsule)."""

    def __init__(self):
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
        kwargs={"model": model, "in_queue": in_queue, "out_queue": rank_result_queue},  # [PKL005]
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
