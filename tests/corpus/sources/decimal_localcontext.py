# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'decimal.ContextManager' object
# summary: decimal.localcontext() (a context manager, unlike a decimal.Context) in every starmap task
import decimal
import multiprocessing


def divide(a, b, precision):
    with precision:
        return str(decimal.Decimal(a) / decimal.Decimal(b))


if __name__ == "__main__":
    precision = decimal.localcontext(prec=4)
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(divide, [(1, 3, precision), (2, 7, precision)]))  # [PKL004]
