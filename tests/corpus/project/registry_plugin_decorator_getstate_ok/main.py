# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: a loader builds plugins from a registry filled by a decorator in another module; the plugin that keeps a lambda pickles only its word and rebuilds the lambda in __setstate__
from rgq_loader import build_pipeline
from rgq_runner import run_pipeline

SETTINGS = [
    {"kind": "lower"},
    {"kind": "redact", "options": {"word": "secret"}},
]

if __name__ == "__main__":
    steps = build_pipeline(SETTINGS)
    print(run_pipeline(steps, "The SECRET plan"))
