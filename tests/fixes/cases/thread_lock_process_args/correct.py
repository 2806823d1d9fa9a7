import multiprocessing


def child(lock, name):
    with lock:
        print("child", name, "has the lock", flush=True)


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    process = multiprocessing.Process(target=child, args=(lock, "one"))
    process.start()
    process.join()
    print("exit code", process.exitcode)
