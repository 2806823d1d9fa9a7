from concurrent.futures import ProcessPoolExecutor


class Job:
    def __init__(self, name):
        self.name = name


def run(job):
    return job.name.upper()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(run, [Job("a"), Job("b")])))
