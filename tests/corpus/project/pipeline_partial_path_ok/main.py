# runtime: fork=ok spawn=ok forkserver=ok
# summary: the pipeline class of another module keeps a cache holding only a URI string (made by a classmethod factory): the partial its run() maps pickles fine
from path_pipeline import PathCache, PathPipeline, PathStore

if __name__ == "__main__":
    documents = ["This is my first document", "Second document"]
    pipeline = PathPipeline(
        transformations=[str.upper],
        cache=PathCache(cache=PathStore.in_memory("ingest"), collection="docs"),
    )
    print(pipeline.run(documents, num_workers=2))
