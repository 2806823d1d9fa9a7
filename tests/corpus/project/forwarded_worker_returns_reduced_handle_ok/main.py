# runtime: fork=ok spawn=ok forkserver=ok
# summary: a job class of another module maps the worker function it is given; the worker returns an object holding an open file whose __reduce__ rebuilds it from its path, so the result comes back
from rh_jobs import ExportJob
from rh_workers import export_chunk

ROWS = [(i, f"item-{i}") for i in range(7)]

if __name__ == "__main__":
    for name, count in ExportJob().run(ROWS, export_chunk):
        print(name, count)
