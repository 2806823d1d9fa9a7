import functools
import json


class LambdaDataSet:
    def __init__(self, load, save):
        self._load = load
        self._save = save

    def load(self):
        return self._load()

    def save(self, data):
        self._save(data)


def _save_json(output_file, value):
    with open(output_file, "w") as fh:
        json.dump(value, fh)


def _load_json(output_file):
    with open(output_file) as fh:
        return json.load(fh)


def lambda_data_set_factory(output_file):
    return LambdaDataSet(
        load=functools.partial(_load_json, output_file),
        save=functools.partial(_save_json, output_file),
    )
