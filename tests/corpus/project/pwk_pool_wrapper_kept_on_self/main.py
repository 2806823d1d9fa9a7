# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: the scanner keeps a pool wrapper of its utils module on self and maps its own bound method on it; the wrapper hands it to its Pool, which pickles the scanner, the wrapper and the Pool itself (dr_robot PR 53, reproduced blind)
from pwk_robot import Scanner


def main():
    scanner = Scanner("example.test", ["amass", "subbrute"])
    for line in scanner.gather():
        print(line)


if __name__ == "__main__":
    main()
