# runtime: fork=error spawn=error forkserver=error
# error-contains: SRE_Scanner
# summary: a helper of another module submits its tasks to the executor it is given; here a ProcessPoolExecutor, so the worker's result (a third module's object holding pattern.finditer(...)) must be pickled back and cannot be (a project reproduced blind, s30b mqj_lexer)
from concurrent.futures import ProcessPoolExecutor

from pe_batch import tokenize_all

DOCS = [("d1", "x = 42 + y"), ("d2", "total = price * 3")]

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        streams = tokenize_all(executor, DOCS)  # [PKL007]
    for doc_id, stream in sorted(streams.items()):
        print(doc_id, list(stream))
