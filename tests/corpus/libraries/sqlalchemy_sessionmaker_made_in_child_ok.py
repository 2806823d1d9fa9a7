# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same worker keeps only the database URL and makes its sessionmaker in the child
import multiprocessing

from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker


class Producer:
    def __init__(self, url, out):
        self.url = url
        self.out = out

    def run(self, domains):
        sessions = sessionmaker(bind=create_engine(self.url))
        with sessions() as session:
            session.execute(text("select 1"))
        self.out.put(sorted(domains))


if __name__ == "__main__":
    out = multiprocessing.Queue()
    producer = Producer("sqlite://", out)
    worker = multiprocessing.Process(target=producer.run, args=(["b.org", "a.org"],))
    worker.start()
    print(out.get(timeout=30))
    worker.join()
