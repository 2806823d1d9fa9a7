# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: a SQLAlchemy ORM Session (it keeps weak references) given to a Process: pickled under spawn and forkserver
import multiprocessing

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session


def report(session, queue):
    queue.put(session.execute(text("select 1")).scalar())


if __name__ == "__main__":
    engine = create_engine("sqlite://")
    session = Session(engine)
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=report, args=(session, queue))  # [PKL004]
    process.start()
    print(queue.get(timeout=10))
    process.join()
