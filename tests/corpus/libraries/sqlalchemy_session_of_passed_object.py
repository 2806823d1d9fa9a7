# runtime: fork=ok spawn=error forkserver=error
# error-contains: it's not the same object as sqlalchemy.orm.session.Session
# summary: the producer helper is handed the database object and gives its session, made by a sessionmaker in __init__, to the Process it starts; spawn pickles the session, whose generated class pickle cannot find by name (datafaker issue 75, reproduced blind)
import multiprocessing

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker


class Database:
    def __init__(self, url):
        self.url = url
        self.engine = create_engine(url)
        self.session = sessionmaker(bind=self.engine)()


def produce(session, count, out):
    out.put(count)


def run_producer(db, count):
    out = multiprocessing.Queue()
    child = multiprocessing.Process(target=produce, args=(db.session, count, out))  # [PKL004]
    child.start()
    child.join(20)
    if child.exitcode != 0:
        raise SystemExit("producer failed")
    return out.get(timeout=5)


if __name__ == "__main__":
    database = Database("sqlite://")
    print("produced", run_producer(database, 5))
