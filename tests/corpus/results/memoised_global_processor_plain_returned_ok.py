# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same memoising getter whose processor keeps its per-process state in a plain dict, so the sample that holds it pickles back
import multiprocessing

_PROCESSOR = None


class LJSpeechProcessor:
    def __init__(self):
        self._graph_state = {"stack": []}

    def text_to_sequence(self, text):
        return [ord(c) % 64 for c in text]


def get_processor():
    global _PROCESSOR
    if _PROCESSOR is None:
        _PROCESSOR = LJSpeechProcessor()
    return _PROCESSOR


def gen_audio_features(item):
    utt_id, text = item
    processor = get_processor()
    sample = {
        "utt_id": utt_id,
        "input_ids": processor.text_to_sequence(text),
        "processor": processor,  # kept for later de-normalisation
    }
    return sample


if __name__ == "__main__":
    items = [("LJ001", "printing in the only sense"), ("LJ002", "with which we are at present concerned")]
    with multiprocessing.Pool(2) as pool:
        for sample in pool.imap(gen_audio_features, items):
            print(sample["utt_id"], len(sample["input_ids"]))
