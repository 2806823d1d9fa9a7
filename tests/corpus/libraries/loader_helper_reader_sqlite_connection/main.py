# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: ARElight #147: the inference pipeline item calls make_loader() of a package module with a reader keeping its open sqlite3 connection; the DataLoader (num_workers=2) over a Dataset holding the reader sends it to the workers under spawn and forkserver
import os
import sqlite3
import tempfile

from lrs_arelight.pipelines.inference import BertOpenNREInferencePipelineItem


def make_samples(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contents (id INTEGER, text TEXT)")
    conn.executemany("INSERT INTO contents VALUES (?, ?)",
                     [(i, f"entity {i} relates to object {i + 1}") for i in range(6)])
    conn.commit()
    conn.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as root:
        path = os.path.join(root, "samples.sqlite")
        make_samples(path)
        item = BertOpenNREInferencePipelineItem(batch_size=2)
        for scores in item.iter_results(path):
            print("batch:", scores)
