# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'lambda_data_set_factory.<locals>.
# summary: the catalog's output data set comes from a factory (another module) keeping nested closures as save/load; ParallelRunner submits catalog entries to its ProcessPoolExecutor, which cannot pickle them under any start method (kedro #75, reproduced blind)
import tempfile

from rcc_kpipe import ParallelRunner, lambda_data_set_factory


def rename_columns(rows):
    return [{"ts": r["time"], "value": r["v"]} for r in rows]


if __name__ == "__main__":
    out = tempfile.mkdtemp()
    catalog = {
        "raw_mon": [{"time": 1, "v": 2.0}, {"time": 2, "v": 3.0}],
        "Mon": lambda_data_set_factory(out + "/mon.json"),
    }
    ParallelRunner(max_workers=2).run([(rename_columns, "raw_mon", "Mon")], catalog)
    print("saved", catalog["Mon"].load())
