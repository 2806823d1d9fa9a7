# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same template rebuilt from its source only, but __init__ gives the engine a default: unpickling calls Template(source) and makes a fresh engine
from concurrent.futures import ProcessPoolExecutor


class Engine:
    def substitute(self, source, values):
        return source.format(**values)


class Template:
    def __init__(self, source, engine=None):
        self.source = source
        self.engine = engine or Engine()

    def __reduce__(self):
        return (self.__class__, (self.source,))

    def render(self, values):
        return self.engine.substitute(self.source, values)


def render_one(template, values):
    return template.render(values)


if __name__ == "__main__":
    template = Template("Dear {name}", Engine())
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(render_one, template, {"name": "Ann"})
        print(future.result(timeout=60))
