# runtime: fork=ok spawn=ok forkserver=ok
# summary: a generator delegates with `yield from` to a nested generator of dicts; Pool.imap pickles the dicts it yields, not the inner generator (gpt-neox)
import multiprocessing


def documents(names):
    def lines(name):
        for i in range(3):
            yield {"text": f"{name}-{i}"}

    for name in names:
        yield from lines(name)


def encode(document):
    return len(document["text"])


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(list(pool.imap(encode, documents(["a", "b"]), chunksize=2)))
