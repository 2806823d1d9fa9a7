# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object 'start_monitor.<locals>.poll'
# summary: a Process subclass without its own __init__ is built with `target=` a local function; Process keeps the target on the object, which spawn pickles
import multiprocessing


class Monitor(multiprocessing.Process):
    def describe(self):
        return f"monitor {self.name}"


def start_monitor(interval):
    def poll():
        print("polled every", interval)

    monitor = Monitor(target=poll)  # [PKL002]
    monitor.start()
    monitor.join()


if __name__ == "__main__":
    start_monitor(0.5)
