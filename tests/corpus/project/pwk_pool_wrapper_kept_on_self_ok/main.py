# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same scanner and pool wrapper, but it maps a module-level function over (domain, tool) pairs: only the function's name and the strings cross
from pwo_robot import Scanner


def main():
    scanner = Scanner("example.test", ["amass", "subbrute"])
    for line in scanner.gather():
        print(line)


if __name__ == "__main__":
    main()
