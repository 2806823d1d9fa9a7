# runtime: fork=ok spawn=error forkserver=error
# error-contains: it's not the same object as sqlalchemy.orm.session.Session
# summary: a worker keeps a SQLAlchemy sessionmaker on self (it holds a Session class it generates); Process(target=worker.run) pickles the worker under spawn
import multiprocessing

from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker


class Producer:
    def __init__(self, url, out):
        self.url = url
        self.sessions = sessionmaker()
        self.out = out

    def run(self, domains):
        self.sessions.configure(bind=create_engine(self.url))
        with self.sessions() as session:
            session.execute(text("select 1"))
        self.out.put(sorted(domains))


if __name__ == "__main__":
    out = multiprocessing.Queue()
    producer = Producer("sqlite://", out)
    worker = multiprocessing.Process(target=producer.run, args=(["b.org", "a.org"],))  # [PKL009]
    worker.start()
    print(out.get(timeout=30))
    worker.join()
