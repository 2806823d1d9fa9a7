# runtime: fork=ok spawn=ok forkserver=ok
# summary: the engine sent to ProcessPoolExecutor.submit is made picklable by copyreg.pickle(Engine, ...), which rebuilds it from its URL; ForkingPickler copies copyreg's table, so the task pickles and the worker gets a fresh engine (sqlalchemy issue 10077, reproduced blind)
import concurrent.futures
import copyreg

import sqlalchemy
from sqlalchemy.engine import Engine


def _reduce_engine(engine):
    return sqlalchemy.create_engine, (engine.url.render_as_string(hide_password=False),)


copyreg.pickle(Engine, _reduce_engine)


def answer(engine):
    with engine.connect() as connection:
        return connection.execute(sqlalchemy.text("select 41 + 1")).scalar()


if __name__ == "__main__":
    engine = sqlalchemy.create_engine("sqlite://")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        print("result", executor.submit(answer, engine).result(timeout=60))
