# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle
# summary: fix-all lifts the lambda, then puts the module-level executor under a main guard
# fix: all
from concurrent.futures import ProcessPoolExecutor

with ProcessPoolExecutor(max_workers=2) as executor:
    print(list(executor.map(lambda word: word.upper(), ["a", "b"])))
