# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'secs_west_of_utc'
# summary: commit times carry a tzinfo subclass whose __init__ requires its offset; tzinfo's own reduce rebuilds it with no arguments (no __getinitargs__), so the parent fails to unpickle what the child queued (GitPython 650)
import multiprocessing
from datetime import datetime, timedelta, tzinfo


class tzoffset(tzinfo):
    def __init__(self, secs_west_of_utc, name=None):
        self._offset = timedelta(seconds=-secs_west_of_utc)
        self._name = name or "fixed"

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        return self._name

    def dst(self, dt):
        return timedelta(0)


def read_commits(results):
    zone = tzoffset(-7200)
    results.put([datetime.fromtimestamp(1500000000 + i, zone) for i in range(2)])  # [PKL005]


if __name__ == "__main__":
    results = multiprocessing.Queue()
    reader = multiprocessing.Process(target=read_commits, args=(results,))
    reader.start()
    print(results.get(timeout=10))
    reader.join()
