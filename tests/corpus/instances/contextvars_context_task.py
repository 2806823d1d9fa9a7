# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_contextvars.Context' object
# summary: a copy of the current contextvars Context sent with each task: Context objects cannot be pickled
import contextvars
import multiprocessing

request_id = contextvars.ContextVar("request_id", default="-")


def work(context, n):
    return context.run(request_id.get), n


if __name__ == "__main__":
    request_id.set("req-42")
    context = contextvars.copy_context()
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(work, [(context, n) for n in range(2)]))  # [PKL004]
