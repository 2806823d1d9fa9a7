# runtime: fork=ok spawn=ok forkserver=ok
# summary: a helper of a sibling module, called first under the main guard, sets the fork start method: the process target holding a lambda is never pickled
import multiprocessing

from smh_agent import Agent
from smh_boot import configure_multiprocessing

if __name__ == "__main__":
    configure_multiprocessing()
    agent = Agent("a0")
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=agent.act, args=(queue,))
    process.start()
    print(queue.get(timeout=10))
    process.join()
