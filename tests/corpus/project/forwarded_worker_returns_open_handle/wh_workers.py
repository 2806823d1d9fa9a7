import os

from wh_formats import open_chunk


def export_chunk(task):
    number, rows, folder = task
    chunk = open_chunk(os.path.join(folder, f"chunk-{number}.csv"))
    for row in rows:
        chunk.write(row)
    chunk.stream.flush()
    return chunk  # the parent reads the path and the row count
