# runtime: fork=error spawn=error forkserver=error
# error-contains: Error sending result
# summary: a job class of another module maps the worker function it is given; that worker (a third module) returns an object holding an open file, which cannot be sent back to the parent (MaybeEncodingError; a report reproduced blind, s28b exporter)
from wh_jobs import ExportJob
from wh_workers import export_chunk

ROWS = [(i, f"item-{i}") for i in range(7)]

if __name__ == "__main__":
    for name, count in ExportJob().run(ROWS, export_chunk):  # [PKL007]
        print(name, count)
