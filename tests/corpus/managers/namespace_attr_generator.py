# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: setting a Namespace proxy attribute to a generator fails
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        namespace = manager.Namespace()
        namespace.values = (i for i in range(3))  # [PKL004]
        print(namespace.values)
