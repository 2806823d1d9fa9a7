import json


class LambdaDataSet:
    def __init__(self, load, save):
        self._load = load
        self._save = save

    def load(self):
        return self._load()

    def save(self, data):
        self._save(data)


def lambda_data_set_factory(output_file):
    def save_json(value):
        with open(output_file, "w") as fh:
            json.dump(value, fh)

    def load_json():
        with open(output_file) as fh:
            return json.load(fh)

    return LambdaDataSet(load=load_json, save=save_json)
