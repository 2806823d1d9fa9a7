# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a pipeline class of another module keeps the cache it is given and its run() maps a partial holding it: the cache's store, made by a classmethod factory, holds a sqlite connection
from ingest_pipeline import IngestionCache, IngestionPipeline, KVStore

if __name__ == "__main__":
    documents = ["This is my first document", "Second document"]
    pipeline = IngestionPipeline(
        transformations=[str.upper],
        cache=IngestionCache(cache=KVStore.in_memory("ingest"), collection="docs"),  # [PKL005]
    )
    print(pipeline.run(documents, num_workers=2))
