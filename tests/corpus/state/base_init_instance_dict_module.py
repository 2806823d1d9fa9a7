# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: REST objects store their state through self.__dict__ in the base class's __init__ (their __getattr__ reads attrs), including the module they come from (python-gitlab 345); Pool.imap pickles each Project and its module
import importlib
from multiprocessing import Pool


class RESTObject:
    def __init__(self, manager, attrs):
        self.__dict__["manager"] = manager
        self.__dict__["_attrs"] = attrs
        self.__dict__["_module"] = importlib.import_module(type(self).__module__)

    def __getattr__(self, name):
        try:
            return self.__dict__["_attrs"][name]
        except KeyError:
            raise AttributeError(name) from None


class Project(RESTObject):
    pass


def mirror(project):
    return "mirrored " + project.path


if __name__ == "__main__":
    projects = [Project(None, {"id": i, "path": f"group/repo{i}"}) for i in range(4)]
    with Pool(2) as pool:
        for line in pool.imap(mirror, projects):  # [PKL005]
            print(line)
