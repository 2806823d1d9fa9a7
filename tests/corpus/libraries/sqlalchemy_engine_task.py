# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'create_engine.<locals>.connect'
# summary: an SQLAlchemy engine cannot be pickled; send the database URL and create the engine there
import concurrent.futures

import sqlalchemy


def dialect_of(engine):
    return engine.dialect.name


if __name__ == "__main__":
    engine = sqlalchemy.create_engine("sqlite://")
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        print(pool.submit(dialect_of, engine).result())  # [PKL004]
