# runtime: fork=ok spawn=ok forkserver=ok
# summary: ARElight #147 fixed: the reader the pipeline item passes to make_loader() of a package module keeps only the sqlite path and opens its connection on first read, in the DataLoader worker; the Dataset holding it pickles under every start method
import os
import sqlite3
import tempfile

from lrl_arelight.pipelines.inference import BertOpenNREInferencePipelineItem


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
