# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'child' on <module '__mp_main__'
# summary: a target defined under the main guard does not exist when the child imports __mp_main__
import multiprocessing

if __name__ == "__main__":

    def child():
        print("child ran")

    proc = multiprocessing.Process(target=child)  # [PKL003]
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
