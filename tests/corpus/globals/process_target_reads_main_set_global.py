# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'NoneType' object has no attribute 'upper'
# summary: a Process target reads a global the main block sets before starting it; a spawned child sees the import-time None
import multiprocessing

greeting = None


def shout(queue):
    queue.put(greeting.upper())


if __name__ == "__main__":
    greeting = "hello"
    queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=shout, args=(queue,))  # [PKL016]
    child.start()
    print(queue.get(timeout=5))
    child.join()
