# runtime: fork=ok spawn=ok forkserver=ok
# summary: the settings class is filled in each worker by the executor's initializer, as well as in the parent
import sys
from concurrent.futures import ProcessPoolExecutor

from sci_convert import convert, install
from sci_settings import RunSettings


def main(argv):
    RunSettings.units = argv[0] if argv else "mi"
    with ProcessPoolExecutor(2, initializer=install, initargs=(RunSettings.units,)) as executor:
        print(list(executor.map(convert, [1.0, 5.0, 10.0])))


if __name__ == "__main__":
    main(sys.argv[1:])
