import multiprocessing


def child():
    print("child runs", flush=True)


if __name__ == "__main__":
    process = multiprocessing.Process(target=child)
    process.start()
    process.join()
    print("exit code", process.exitcode)
