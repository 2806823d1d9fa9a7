# runtime: fork=ok spawn=ok forkserver=ok
# summary: a fork context kept on self (self.ctx = get_context("fork")) starts a local function as the target: fork pickles nothing
import multiprocessing


class Launcher:
    def __init__(self):
        self.ctx = multiprocessing.get_context("fork")
        self.results = self.ctx.Queue()

    def launch(self, n):
        results = self.results

        def job():
            results.put(n * 10)

        proc = self.ctx.Process(target=job)
        proc.start()
        return proc


if __name__ == "__main__":
    launcher = Launcher()
    procs = [launcher.launch(n) for n in range(2)]
    print(sorted(launcher.results.get(timeout=10) for _ in procs))
    for p in procs:
        p.join()
