# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object 'prepare.<locals>.audio_pipeline'
# summary: a recipe defines its pipeline step inside a function under the package's @takes/@provides, which keep it in a DynamicItem; the dataset holding it goes to a DataLoader with workers made by a helper of the package, so spawn/forkserver pickle the local function (speechbrain 2113)
import pipeline
from pipeline.loading import make_loader


def prepare(gain):
    dataset = pipeline.dataset.ItemDataset.from_records({f"utt{i}": {"n": i + 2} for i in range(4)})

    @pipeline.steps.takes("n")
    @pipeline.steps.provides("signal")
    def audio_pipeline(n):
        return [gain * k for k in range(n)]

    dataset.add_dynamic_item(audio_pipeline)
    return dataset


if __name__ == "__main__":
    data = prepare(2.0)
    for batch in make_loader(data, workers=2):  # [PKL002]
        print(batch)
