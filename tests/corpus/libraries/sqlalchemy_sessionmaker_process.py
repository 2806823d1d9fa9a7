# runtime: fork=ok spawn=error forkserver=error
# error-contains: it's not the same object as sqlalchemy.orm.session.Session
# summary: a session from a module-level sessionmaker given to worker Processes: sessionmaker made its own Session class at run time, which pickle cannot find by name
from multiprocessing import Process, Queue

from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

engine = create_engine("sqlite://")
SessionFactory = sessionmaker(bind=engine)


def predict(players, session, results):
    for player in players:
        results.put((player, session.execute(text("select 2")).scalar() * player))


if __name__ == "__main__":
    session = SessionFactory()
    results = Queue()
    worker = Process(target=predict, args=([1, 2], session, results))  # [PKL004]
    worker.start()
    print(sorted(results.get(timeout=10) for _ in range(2)))
    worker.join()
