def ETL_task(func):
    """Wraps an extract/transform/load step with bookkeeping before it is registered."""

    def task(*args, **kwargs):
        rows = func(*args, **kwargs)
        return {"step": func.__name__, "rows": rows}

    return task
