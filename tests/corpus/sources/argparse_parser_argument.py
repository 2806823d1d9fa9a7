# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'ArgumentParser.__init__.<locals>.identity'
# summary: an ArgumentParser built by a helper is a task argument: its registry holds a local function
import argparse
import multiprocessing


def build_parser():
    parser = argparse.ArgumentParser(prog="job")
    parser.add_argument("--size", type=int, default=1)
    return parser


def run_job(parser, argv):
    options = parser.parse_args(argv)
    return options.size * 2


if __name__ == "__main__":
    parser = build_parser()
    with multiprocessing.Pool(2) as pool:
        pending = [pool.apply_async(run_job, (parser, ["--size", str(n)])) for n in range(3)]  # [PKL004]
        print([p.get(timeout=10) for p in pending])
