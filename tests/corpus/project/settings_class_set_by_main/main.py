# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'NoneType' object has no attribute 'lower'
# summary: the command line's unit goes onto a settings class of another module; the worker module reads it from the class, which a spawned child imports with the body's None
import sys
from concurrent.futures import ProcessPoolExecutor

from scm_convert import convert
from scm_settings import RunSettings


def main(argv):
    RunSettings.units = argv[0] if argv else "mi"
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(convert, [1.0, 5.0, 10.0])))  # [PKL016]


if __name__ == "__main__":
    main(sys.argv[1:])
