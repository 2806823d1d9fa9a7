# runtime: fork=error spawn=error forkserver=error
# error-contains: Queue objects should only be shared between processes through inheritance
# summary: an mp.Queue inside map items fails under every start method
import multiprocessing


def report(args):
    channel, x = args
    channel.put(x)


if __name__ == "__main__":
    channel = multiprocessing.Queue()
    with multiprocessing.Pool(2) as pool:
        pool.map(report, [(channel, i) for i in range(3)])  # [PKL006]
