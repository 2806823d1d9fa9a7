import multiprocessing


def count_picks(root, run_name):
    return run_name, len(root.datasets)


def process_runs(root, names, workers=2):
    with multiprocessing.Pool(workers) as pool:
        jobs = [(root, name) for name in names]
        return pool.starmap(count_picks, jobs)
