# runtime: fork=ok spawn=ok forkserver=ok
# summary: the tzinfo subclass defines __getinitargs__, which tzinfo's reduce calls to rebuild it with its offset and name: the queued commit times arrive
import multiprocessing
from datetime import datetime, timedelta, tzinfo


class tzoffset(tzinfo):
    def __init__(self, secs_west_of_utc, name=None):
        self._offset = timedelta(seconds=-secs_west_of_utc)
        self._name = name or "fixed"

    def __getinitargs__(self):
        return (-self._offset.total_seconds(), self._name)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        return self._name

    def dst(self, dt):
        return timedelta(0)


def read_commits(results):
    zone = tzoffset(-7200)
    results.put([datetime.fromtimestamp(1500000000 + i, zone) for i in range(2)])


if __name__ == "__main__":
    results = multiprocessing.Queue()
    reader = multiprocessing.Process(target=read_commits, args=(results,))
    reader.start()
    print(results.get(timeout=10))
    reader.join()
