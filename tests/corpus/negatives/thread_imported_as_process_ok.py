# runtime: fork=ok spawn=ok forkserver=ok
# summary: a Thread imported under the name Process pickles nothing: its lambda target stays in this process
from threading import Thread as Process


if __name__ == "__main__":
    job = Process(target=lambda: print("done"))
    job.start()
    job.join()
