# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same helper, but it hands the child the database URL and the child makes its own engine and session
import multiprocessing

from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker


class Database:
    def __init__(self, url):
        self.url = url
        self.engine = create_engine(url)
        self.session = sessionmaker(bind=self.engine)()


def produce(url, count, out):
    session = sessionmaker(bind=create_engine(url))()
    session.execute(text("select 1"))
    out.put(count)


def run_producer(db, count):
    out = multiprocessing.Queue()
    child = multiprocessing.Process(target=produce, args=(db.url, count, out))
    child.start()
    child.join(20)
    if child.exitcode != 0:
        raise SystemExit("producer failed")
    return out.get(timeout=5)


if __name__ == "__main__":
    database = Database("sqlite://")
    print("produced", run_producer(database, 5))
