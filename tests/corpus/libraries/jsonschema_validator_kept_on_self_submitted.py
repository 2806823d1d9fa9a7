# runtime: fork=error spawn=error forkserver=error
# error-contains: <locals>.subresources_of
# summary: a schema checker keeps one jsonschema validator per schema on self and submits the validator with each document to a process pool; the validator's reference registry holds local functions (jsonschema PR 1083, reproduced blind)
from concurrent.futures import ProcessPoolExecutor

import jsonschema

SCHEMAS = {"image": {"type": "object", "required": ["id", "file_name"]}}


def messages(validator, instance):
    return [error.message for error in validator.iter_errors(instance)]


class SchemaChecker:
    def __init__(self, schemas):
        self.validators = {name: jsonschema.Draft7Validator(s) for name, s in schemas.items()}

    def check(self, documents):
        with ProcessPoolExecutor(2) as executor:
            validator = self.validators["image"]
            futures = [executor.submit(messages, validator, d) for d in documents]  # [PKL004]
            return [f.result() for f in futures]


if __name__ == "__main__":
    print(SchemaChecker(SCHEMAS).check([{"id": 1, "file_name": "x.png"}, {"id": 2}]))
