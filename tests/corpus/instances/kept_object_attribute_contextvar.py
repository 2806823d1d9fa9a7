# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_contextvars.ContextVar' object
# summary: a runner binds `self.linter.templater` into the partial its pool tasks carry; the linter it keeps was built with a templater holding a ContextVar (sqlfluff 4930)
import contextvars
import functools
import multiprocessing


class DbtTemplater:
    name = "dbt"

    def __init__(self, project_dir):
        self.project_dir = project_dir
        self._invocation_context = contextvars.ContextVar("invocation_context", default={})

    def process(self, fname, in_str):
        return in_str.replace("{{ ref('orders') }}", "analytics.orders")


class Linter:
    def __init__(self, templater, processes=2):
        self.templater = templater
        self.processes = processes

    @staticmethod
    def lint_rendered(fname, templater, sql):
        rendered = templater.process(fname, sql)
        return fname, [] if rendered.isupper() else ["CP01"]


class MultiProcessRunner:
    def __init__(self, linter):
        self.linter = linter

    def run(self, files):
        fn = functools.partial(Linter.lint_rendered, templater=self.linter.templater)
        with multiprocessing.Pool(self.linter.processes) as pool:
            return pool.starmap(lambda_free_lint, [(fn, f, s) for f, s in files])  # [PKL005]


def lambda_free_lint(fn, fname, sql):
    return fn(fname, sql=sql)


if __name__ == "__main__":
    linter = Linter(DbtTemplater("/tmp/dbt_project"), processes=2)
    files = [("models/a.sql", "select * from {{ ref('orders') }}"), ("models/b.sql", "SELECT 1")]
    for fname, violations in MultiProcessRunner(linter).run(files):
        print(fname, violations)
