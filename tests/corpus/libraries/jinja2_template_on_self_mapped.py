# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function root
# summary: a task object compiles a jinja2 template in __init__ and maps its bound render method over a ProcessPoolExecutor; the template's render function is compiled from generated code and pickle cannot find it by name (prefect 710, reproduced blind)
from concurrent.futures import ProcessPoolExecutor

import jinja2


class TemplateTask:
    def __init__(self, source):
        self.env = jinja2.Environment(autoescape=False)
        self.template = self.env.from_string(source)

    def render(self, context):
        return self.template.render(**context)

    def run_all(self, contexts):
        with ProcessPoolExecutor(2) as pool:
            return list(pool.map(self.render, contexts))  # [PKL009]


if __name__ == "__main__":
    print(TemplateTask("{{ user }} owes {{ amount }}").run_all([{"user": "ann", "amount": 3}]))
