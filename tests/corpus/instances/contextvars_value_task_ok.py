# runtime: fork=ok spawn=ok forkserver=ok
# summary: the value of a ContextVar, read in the parent, is sent with each task and set again in the worker
import contextvars
import multiprocessing

request_id = contextvars.ContextVar("request_id", default="-")


def work(current_id, n):
    request_id.set(current_id)
    return request_id.get(), n


if __name__ == "__main__":
    request_id.set("req-42")
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(work, [(request_id.get(), n) for n in range(2)]))
