from .decorators import ETL_task


def hello(name, number):
    return number * f"hello {name}"


@ETL_task
def load_table(table, limit):
    return [f"{table}:{i}" for i in range(limit)]
