# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a generator in Process args cannot be pickled under spawn
import multiprocessing


def child(numbers):
    print(sum(numbers))


if __name__ == "__main__":
    numbers = (n * n for n in range(5))
    proc = multiprocessing.Process(target=child, args=(numbers,))  # [PKL004]
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
