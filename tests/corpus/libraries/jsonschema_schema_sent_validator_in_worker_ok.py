# runtime: fork=ok spawn=ok forkserver=ok
# summary: the schema (a dict) goes to the pool and each task builds its jsonschema validator there
from concurrent.futures import ProcessPoolExecutor

import jsonschema

SCHEMA = {"type": "object", "required": ["id", "file_name"]}


def messages(schema, instance):
    validator = jsonschema.Draft7Validator(schema)
    return [error.message for error in validator.iter_errors(instance)]


if __name__ == "__main__":
    documents = [{"id": 1, "file_name": "x.png"}, {"id": 2}]
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(messages, [SCHEMA] * len(documents), documents)))
