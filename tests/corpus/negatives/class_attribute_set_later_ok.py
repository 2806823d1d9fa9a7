# runtime: fork=ok spawn=ok forkserver=ok
# summary: a lock assigned on the class after its definition is not part of instance state
import multiprocessing
import threading


class Settings:
    def __init__(self, level):
        self.level = level


Settings.lock = threading.Lock()


def level(settings):
    return settings.level


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(level, [Settings(1), Settings(2)]))
