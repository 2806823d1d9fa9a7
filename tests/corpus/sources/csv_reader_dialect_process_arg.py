# runtime: fork=ok spawn=error forkserver=error
# error-contains: Dialect
# summary: self.dialect = csv.reader(io.StringIO(sample), dialect=sniffed).dialect, the C reader's Dialect object, passed in Process args (datarobot batch-scoring PR 88)
import csv
import io
import multiprocessing


class BatchReader:
    def __init__(self, sample):
        sniffed = csv.Sniffer().sniff(sample)
        self.dialect = csv.reader(io.StringIO(sample), dialect=sniffed).dialect
        self.sample = sample

    def start(self, queue):
        proc = multiprocessing.Process(target=count_rows, args=(self.sample, self.dialect, queue))  # [PKL004]
        proc.start()
        return proc


def count_rows(text, dialect, queue):
    queue.put(sum(1 for _ in csv.reader(io.StringIO(text), dialect)))


if __name__ == "__main__":
    reader = BatchReader("id;score\n1;0.5\n2;0.7\n")
    queue = multiprocessing.Queue()
    proc = reader.start(queue)
    print(queue.get(timeout=10))
    proc.join()
