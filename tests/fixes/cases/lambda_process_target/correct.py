import multiprocessing


def greet():
    print("child", flush=True)


if __name__ == "__main__":
    process = multiprocessing.Process(target=greet)
    process.start()
    process.join()
    print("exit code", process.exitcode)
