# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same *args helper, but the formula crosses as source text and is compiled in the worker: only a string and a list are pickled
import asyncio
from concurrent.futures import ProcessPoolExecutor


def evaluate(source, prices):
    scope = {"prices": prices}
    exec(compile(source, "<formula>", "exec"), scope)
    return scope["result"]


async def offload(executor, fn, *args):
    loop = asyncio.get_running_loop()
    return await asyncio.wait_for(loop.run_in_executor(executor, fn, *args), timeout=20)


async def main():
    formula = "result = max(prices) - min(prices)"
    compile(formula, "<formula>", "exec")  # fail early on a syntax error
    with ProcessPoolExecutor(2) as executor:
        print("spread", await offload(executor, evaluate, formula, [3.0, 1.5, 2.0]))


if __name__ == "__main__":
    asyncio.run(main())
