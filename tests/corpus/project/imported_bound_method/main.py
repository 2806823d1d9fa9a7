# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'Tokenizer.__init__.<locals>.<lambda>'
# summary: pool.map gets a bound method of an object whose class, in a sibling module, stores a lambda in __init__
import multiprocessing

from ibm_text import Tokenizer

if __name__ == "__main__":
    tokenizer = Tokenizer()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(tokenizer.count, ["a b", "c"]))  # [PKL009]
