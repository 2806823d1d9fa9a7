# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: the render tasks carry the template's name and the worker looks the template up in its own template system
import multiprocessing

import jinja2


class TemplateSystem:
    def __init__(self):
        self.lookup = jinja2.Environment(loader=jinja2.DictLoader({"post": "<h1>{{ title }}</h1>"}))

    def get_template(self, name):
        return self.lookup.get_template(name)


def render(template_name, context):
    return TemplateSystem().get_template(template_name).render(**context)


def worker(tasks, results):
    while (task := tasks.get(timeout=10)) is not None:
        function, arguments = task
        results.put(function(*arguments))


class Site:
    def __init__(self):
        self.template_system = TemplateSystem()

    def gen_tasks(self):
        for title in ("hello", "again"):
            yield render, ("post", {"title": title})


if __name__ == "__main__":
    tasks, results = multiprocessing.Queue(), multiprocessing.Queue()
    child = multiprocessing.Process(target=worker, args=(tasks, results))
    child.start()
    built = list(Site().gen_tasks())
    for task in built:
        tasks.put(task)
    tasks.put(None)
    print([results.get(timeout=5) for _ in built])
    child.join()
