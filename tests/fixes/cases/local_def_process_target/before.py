# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.child'
# summary: under spawn the Process target is pickled; a nested target moves to module level
# fix: PKL002 Move the local function
import multiprocessing


def main():
    def child(name):
        print("hello", name, flush=True)

    process = multiprocessing.Process(target=child, args=("worker",))
    process.start()
    process.join()
    print("exit code", process.exitcode)


if __name__ == "__main__":
    main()
