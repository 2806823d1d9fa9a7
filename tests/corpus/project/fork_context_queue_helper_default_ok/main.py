# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same sender, but make_outbox() of a sibling module uses the default context, the one the Process is started with
import multiprocessing

from fcd_queues import make_outbox


def deliver(outbox, lines):
    for line in lines:
        outbox.put(line.upper())
    outbox.put(None)


if __name__ == "__main__":
    outbox = make_outbox()
    sender = multiprocessing.Process(target=deliver, args=(outbox, ["disk full", "db up"]))
    sender.start()
    while (line := outbox.get(timeout=20)) is not None:
        print(line)
    sender.join()
