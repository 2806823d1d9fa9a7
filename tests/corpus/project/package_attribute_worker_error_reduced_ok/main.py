# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same worker through a package's loader, whose exception passes both of its arguments to Exception.__init__: args rebuilds it in the parent, which prints the error
import multiprocessing
import os
import tempfile

import pxo_subs

SRT = "1\n00:00:01,000 --> 00:00:02,000\nHello\n"


def describe(path):
    subtitles = pxo_subs.load(path)
    return os.path.basename(path), subtitles.kind


def main():
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in (("one.srt", SRT), ("two.txt", "not subtitles\n")):
            paths.append(os.path.join(folder, name))
            with open(paths[-1], "w", encoding="utf-8") as handle:
                handle.write(text)
        with multiprocessing.Pool(2) as pool:
            pending = [pool.apply_async(describe, (path,)) for path in paths]
            for job in pending:
                job.wait(timeout=10)
                if not job.ready():
                    raise TimeoutError("a job never reported back")
                try:
                    print(job.get())
                except pxo_subs.FormatError as error:
                    print("not subtitles:", error.formats)


if __name__ == "__main__":
    main()
