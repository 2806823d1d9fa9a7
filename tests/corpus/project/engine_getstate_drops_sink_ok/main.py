# runtime: fork=ok spawn=ok forkserver=ok
# summary: the engine class of another module keeps a log file but its __getstate__ drops it: the bound method it maps pickles the weight alone
import os
import tempfile

from dropping_engine import DroppingEngine

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "scores.log"), "w", encoding="utf-8") as log:
            engine = DroppingEngine(log)
            print(engine.run([1, 2, 3]))
