# runtime: fork=ok spawn=ok forkserver=ok
# summary: an instance whose __getstate__ drops its file goes through a Queue fine
import multiprocessing
import os


class Report:
    def __init__(self, title):
        self.title = title
        self.out = open(os.devnull, "w")

    def __getstate__(self):
        return {"title": self.title}

    def __setstate__(self, state):
        self.title = state["title"]
        self.out = None


if __name__ == "__main__":
    channel = multiprocessing.Queue()
    report = Report("daily")
    channel.put(report)
    print(channel.get(timeout=10).title)
    report.out.close()
