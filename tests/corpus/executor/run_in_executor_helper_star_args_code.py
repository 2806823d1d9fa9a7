# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle code objects
# summary: an asyncio app compiles a user formula and offloads it through a helper that forwards *args to loop.run_in_executor with a ProcessPoolExecutor; the code object packed into *args cannot be pickled (solie 154, reproduced blind)
import asyncio
from concurrent.futures import ProcessPoolExecutor


def evaluate(code, prices):
    scope = {"prices": prices}
    exec(code, scope)
    return scope["result"]


async def offload(executor, fn, *args):
    loop = asyncio.get_running_loop()
    return await asyncio.wait_for(loop.run_in_executor(executor, fn, *args), timeout=20)  # [PKL004]


async def main():
    formula = compile("result = max(prices) - min(prices)", "<formula>", "exec")
    with ProcessPoolExecutor(2) as executor:
        print("spread", await offload(executor, evaluate, formula, [3.0, 1.5, 2.0]))


if __name__ == "__main__":
    asyncio.run(main())
