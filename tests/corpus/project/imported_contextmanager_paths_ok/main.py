# runtime: fork=ok spawn=ok forkserver=ok
# summary: `with temp_files_ctx(2) as sync_files` binds the tuple of file names the imported @contextmanager yields, not a generator: the Process pickles it fine (fairscale's test helpers)
import multiprocessing

from cmp_testing import temp_files_ctx


def rendezvous(sync_files, rank):
    with open(sync_files[rank], "w") as out:
        out.write(f"rank {rank}")


if __name__ == "__main__":
    with temp_files_ctx(2) as sync_files:
        workers = [multiprocessing.Process(target=rendezvous, args=(sync_files, r)) for r in range(2)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print([open(name).read() for name in sync_files])
