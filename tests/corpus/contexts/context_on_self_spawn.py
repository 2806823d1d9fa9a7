# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'Launcher.launch.<locals>.job'
# summary: a spawn context kept on self (self.ctx = get_context("spawn")) starts a local function as the target: spawn pickles it on every platform
import multiprocessing


class Launcher:
    def __init__(self):
        self.ctx = multiprocessing.get_context("spawn")
        self.results = self.ctx.Queue()

    def launch(self, n):
        results = self.results

        def job():
            results.put(n * 10)

        proc = self.ctx.Process(target=job)  # [PKL002]
        proc.start()
        return proc


if __name__ == "__main__":
    launcher = Launcher()
    procs = [launcher.launch(n) for n in range(2)]
    print(sorted(launcher.results.get(timeout=10) for _ in procs))
    for p in procs:
        p.join()
