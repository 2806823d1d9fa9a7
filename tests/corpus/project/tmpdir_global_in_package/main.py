# runtime: fork=ok spawn=error forkserver=error
# error-contains: expected str, bytes or os.PathLike object, not NoneType
# summary: the entry script sets the package's scratch folder through tmpfiles.init_tmpdir(); the pool's workers ask tmpfiles for a file name there, and a spawned child has the import-time None (ddSMT PR 25, reproduced blind)
import shutil

from tdg_reduce import strategy, tmpfiles

COMMANDS = ["(declare-const x Int)", "(assert (> x 0))", "(assert false)", "(check-sat)"]


def main():
    folder = tmpfiles.init_tmpdir()
    try:
        print(strategy.reduce(COMMANDS))
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
