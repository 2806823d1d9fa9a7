# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same worker catches the ValidationError and sends back its message only, a string
import multiprocessing as mp

import jsonschema

SCHEMA = {"type": "object", "properties": {"reply": {"type": "string"}}, "required": ["reply"]}


def check(entry):
    name, records = entry
    validator = jsonschema.Draft7Validator(SCHEMA)
    for record in records:
        try:
            validator.validate(record)
        except jsonschema.ValidationError as error:
            return name, f"mismatch: {error.message}"
    return name, len(records)


if __name__ == "__main__":
    logs = [("ping.log", [{"reply": "PONG"}]), ("get.log", [{"reply": None}])]
    with mp.Pool(2) as pool:
        for name, result in pool.imap(check, logs):
            print(name, result)
