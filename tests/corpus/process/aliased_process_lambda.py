# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle
# summary: Process imported under another name is still a Process: its lambda target is pickled under spawn and forkserver
from multiprocessing import Process as Job


if __name__ == "__main__":
    job = Job(target=lambda: print("done"))  # [PKL001]
    job.start()
    job.join()
    print(job.exitcode)
