# runtime: fork=error spawn=error forkserver=error
# error-contains: Error sending result
# summary: a pool worker validates records with jsonschema and re-raises the ValidationError it catches; the error keeps its validator, whose type checker holds lambdas, so the parent gets MaybeEncodingError instead of the mismatch (valkey 4703, reproduced blind)
import multiprocessing as mp

import jsonschema

SCHEMA = {"type": "object", "properties": {"reply": {"type": "string"}}, "required": ["reply"]}


def check(entry):
    name, records = entry
    validator = jsonschema.Draft7Validator(SCHEMA)
    for record in records:
        try:
            validator.validate(record)
        except jsonschema.ValidationError:
            print(f"{name}: schema mismatch", flush=True)
            raise
    return name, len(records)


if __name__ == "__main__":
    logs = [("ping.log", [{"reply": "PONG"}]), ("get.log", [{"reply": None}])]
    with mp.Pool(2) as pool:
        for name, count in pool.imap(check, logs):  # [PKL008]
            print(name, count)
