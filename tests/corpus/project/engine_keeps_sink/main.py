# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a class of another module keeps the log file its constructor is given and maps its own bound method: the object, file included, is pickled with every task
import os
import tempfile

from scoring_engine import ScoringEngine

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "scores.log"), "w", encoding="utf-8") as log:
            engine = ScoringEngine(log)  # [PKL004]
            print(engine.run([1, 2, 3]))
