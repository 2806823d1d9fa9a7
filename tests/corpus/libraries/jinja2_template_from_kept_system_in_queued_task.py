# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: a site generator asks its kept template system (`self.template_system.get_template(...)`, a jinja2 Environment lookup) for a template and yields render tasks carrying it; the tasks go on a multiprocessing Queue, and the compiled template's render function cannot be pickled (nikola 17)
import multiprocessing

import jinja2


class TemplateSystem:
    def __init__(self):
        self.lookup = jinja2.Environment(loader=jinja2.DictLoader({"post": "<h1>{{ title }}</h1>"}))

    def get_template(self, name):
        return self.lookup.get_template(name)


def render(template, context):
    return template.render(**context)


def worker(tasks, results):
    while (task := tasks.get(timeout=10)) is not None:
        function, arguments = task
        results.put(function(*arguments))


class Site:
    def __init__(self):
        self.template_system = TemplateSystem()

    def gen_tasks(self):
        template = self.template_system.get_template("post")
        for title in ("hello", "again"):
            yield render, (template, {"title": title})


if __name__ == "__main__":
    tasks, results = multiprocessing.Queue(), multiprocessing.Queue()
    child = multiprocessing.Process(target=worker, args=(tasks, results))
    child.start()
    built = list(Site().gen_tasks())
    for task in built:
        tasks.put(task)  # [PKL004]
    tasks.put(None)
    print([results.get(timeout=5) for _ in built])
    child.join()
