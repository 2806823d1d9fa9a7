# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'formats'
# summary: a Pool worker calls `pxe_subs.load` (a package re-exporting its loader), which raises an exception whose __init__ needs two arguments while args keeps one message: unpickling it back kills the pool's result handler (pysubs2 97)
import multiprocessing
import os
import tempfile

import pxe_subs

SRT = "1\n00:00:01,000 --> 00:00:02,000\nHello\n"


def describe(path):
    subtitles = pxe_subs.load(path)
    return os.path.basename(path), subtitles.kind


def main():
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in (("one.srt", SRT), ("two.txt", "not subtitles\n")):
            paths.append(os.path.join(folder, name))
            with open(paths[-1], "w", encoding="utf-8") as handle:
                handle.write(text)
        with multiprocessing.Pool(2) as pool:
            pending = [pool.apply_async(describe, (path,)) for path in paths]  # [PKL008]
            for job in pending:
                job.wait(timeout=10)
                if not job.ready():
                    raise TimeoutError("a job never reported back")
                print(job.get())


if __name__ == "__main__":
    main()
