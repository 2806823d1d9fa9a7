# runtime: fork=error spawn=error forkserver=error
# error-contains: Semaphore objects should only be shared between processes through inheritance
# summary: an mp.Semaphore sent through imap fails
import multiprocessing


def hold(slots):
    return slots.get_value()


if __name__ == "__main__":
    slots = multiprocessing.Semaphore(2)
    with multiprocessing.Pool(2) as pool:
        print(list(pool.imap(hold, [slots])))  # [PKL006]
