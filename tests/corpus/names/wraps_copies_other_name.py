# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__._resize_impl
# summary: a public function decorated with functools.wraps(_resize_impl) takes that function's name; pickle looks up _resize_impl and finds the implementation, not the public function
import functools
import multiprocessing


def _resize_impl(size, factor):
    return int(size * factor)


@functools.wraps(_resize_impl)
def resize(size, factor=0.5):
    return _resize_impl(size, factor)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(resize, [640, 480]))  # [PKL014]
