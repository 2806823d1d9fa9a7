# runtime: fork=ok spawn=ok forkserver=ok
# summary: the REST base keeps the module's name, not the module, in self.__dict__ and imports it when asked (the fix of python-gitlab 345)
import importlib
from multiprocessing import Pool


class RESTObject:
    def __init__(self, manager, attrs):
        self.__dict__["manager"] = manager
        self.__dict__["_attrs"] = attrs
        self.__dict__["_module_name"] = type(self).__module__

    @property
    def module(self):
        return importlib.import_module(self._module_name)

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
        for line in pool.imap(mirror, projects):
            print(line)
