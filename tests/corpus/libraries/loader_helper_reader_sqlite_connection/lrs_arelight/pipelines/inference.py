from lrs_arelight.readers import SQliteReader
from lrs_arelight.third_party.torch_loader import make_loader


def simple_tokenizer(text):
    words = text.split()
    return [len(w) for w in words][:4] + [0] * max(0, 4 - len(words))


class BertOpenNREInferencePipelineItem:
    def __init__(self, batch_size=2):
        self.batch_size = batch_size

    def iter_results(self, samples_path):
        reader = SQliteReader(samples_path)
        try:
            eval_loader = make_loader(reader, simple_tokenizer, self.batch_size, shuffle=False)
            for batch in eval_loader:
                yield batch.sum(dim=1).tolist()
        finally:
            reader.close()
