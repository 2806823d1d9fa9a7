# runtime: fork=ok spawn=ok forkserver=ok
# summary: each worker Process makes its own session from the engine URL it is given: only a string crosses the boundary
from multiprocessing import Process, Queue

from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker


def predict(players, url, results):
    session = sessionmaker(bind=create_engine(url))()
    for player in players:
        results.put((player, session.execute(text("select 2")).scalar() * player))


if __name__ == "__main__":
    results = Queue()
    worker = Process(target=predict, args=([1, 2], "sqlite://", results))
    worker.start()
    print(sorted(results.get(timeout=10) for _ in range(2)))
    worker.join()
