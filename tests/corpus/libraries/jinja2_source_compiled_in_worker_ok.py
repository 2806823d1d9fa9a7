# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same task keeps the Environment (which pickles) and the template's source, and compiles the template inside each worker call
from concurrent.futures import ProcessPoolExecutor

import jinja2


class TemplateTask:
    def __init__(self, source):
        self.env = jinja2.Environment(autoescape=False)
        self.source = source

    def render(self, context):
        return self.env.from_string(self.source).render(**context)

    def run_all(self, contexts):
        with ProcessPoolExecutor(2) as pool:
            return list(pool.map(self.render, contexts))


if __name__ == "__main__":
    print(TemplateTask("{{ user }} owes {{ amount }}").run_all([{"user": "ann", "amount": 3}]))
