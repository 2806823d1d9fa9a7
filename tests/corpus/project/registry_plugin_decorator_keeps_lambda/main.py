# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'Redactor.__init__.<locals>.<lambda>'
# summary: a loader builds plugins from a registry filled by a decorator in another module; one plugin keeps a lambda and the instances go to ProcessPoolExecutor.map
from rgp_loader import build_pipeline
from rgp_runner import run_pipeline

SETTINGS = [
    {"kind": "lower"},
    {"kind": "redact", "options": {"word": "secret"}},
]

if __name__ == "__main__":
    steps = build_pipeline(SETTINGS)
    print(run_pipeline(steps, "The SECRET plan"))  # [PKL005]
