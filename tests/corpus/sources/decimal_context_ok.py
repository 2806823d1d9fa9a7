# runtime: fork=ok spawn=ok forkserver=ok
# summary: a decimal.Context object (not localcontext()) pickles and is used in the worker
import decimal
import multiprocessing


def divide(a, b, ctx):
    return str(ctx.divide(decimal.Decimal(a), decimal.Decimal(b)))


if __name__ == "__main__":
    ctx = decimal.Context(prec=5, rounding=decimal.ROUND_DOWN)
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(divide, [(1, 3, ctx), (2, 7, ctx)]))
