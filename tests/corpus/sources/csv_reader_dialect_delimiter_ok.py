# runtime: fork=ok spawn=ok forkserver=ok
# summary: the sniffed dialect's delimiter (a str) goes to the Process instead of the C reader's Dialect object
import csv
import io
import multiprocessing


class BatchReader:
    def __init__(self, sample):
        sniffed = csv.Sniffer().sniff(sample)
        self.delimiter = sniffed.delimiter
        self.sample = sample

    def start(self, queue):
        proc = multiprocessing.Process(target=count_rows, args=(self.sample, self.delimiter, queue))
        proc.start()
        return proc


def count_rows(text, delimiter, queue):
    queue.put(sum(1 for _ in csv.reader(io.StringIO(text), delimiter=delimiter)))


if __name__ == "__main__":
    reader = BatchReader("id;score\n1;0.5\n2;0.7\n")
    queue = multiprocessing.Queue()
    proc = reader.start(queue)
    print(queue.get(timeout=10))
    proc.join()
