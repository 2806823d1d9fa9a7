# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of kedro #75: the data set factory (another module) binds module-level save/load functions to the path with functools.partial, so the catalog entries ParallelRunner submits to its ProcessPoolExecutor pickle by reference
import tempfile

from rcp_kpipe import ParallelRunner, lambda_data_set_factory


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
