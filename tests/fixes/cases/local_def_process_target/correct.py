import multiprocessing


def child(name):
    print("hello", name, flush=True)


def main():
    process = multiprocessing.Process(target=child, args=("worker",))
    process.start()
    process.join()
    print("exit code", process.exitcode)


if __name__ == "__main__":
    main()
