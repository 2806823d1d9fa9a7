# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'engine'
# summary: a template's __reduce__ rebuilds it from its source only while __init__ also requires the engine: pickling works, unpickling in the worker raises TypeError and the executor breaks (a project reproduced blind, s29b templating)
from concurrent.futures import ProcessPoolExecutor


class Engine:
    def substitute(self, source, values):
        return source.format(**values)


class Template:
    def __init__(self, source, engine):
        self.source = source
        self.engine = engine

    def __reduce__(self):
        return (Template, (self.source,))  # the engine is "process-local"

    def render(self, values):
        return self.engine.substitute(self.source, values)


def render_one(template, values):
    return template.render(values)


if __name__ == "__main__":
    template = Template("Dear {name}", Engine())
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(render_one, template, {"name": "Ann"})  # [PKL005]
        print(future.result(timeout=60))
