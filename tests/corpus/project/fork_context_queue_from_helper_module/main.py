# runtime: fork=ok spawn=error forkserver=error
# error-contains: SemLock created in a fork context
# summary: make_outbox() of a sibling module builds its Queue from a fork context; main.py hands it to a default-context Process, which under spawn/forkserver refuses a fork context's semaphore
import multiprocessing

from fcq_queues import make_outbox


def deliver(outbox, lines):
    for line in lines:
        outbox.put(line.upper())
    outbox.put(None)


if __name__ == "__main__":
    outbox = make_outbox()
    sender = multiprocessing.Process(target=deliver, args=(outbox, ["disk full", "db up"]))  # [PKL006]
    sender.start()
    while (line := outbox.get(timeout=20)) is not None:
        print(line)
    sender.join()
