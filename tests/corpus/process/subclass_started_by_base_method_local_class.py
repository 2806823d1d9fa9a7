# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a decorator factory defines its Process subclass inside a function; the node is started by a method of its base (start_and_wait calls self.start()), which pickles the process object and its local class under spawn (spacetime-crawler4py issue 33, reproduced blind)
import multiprocessing


class Node(multiprocessing.Process):
    def __init__(self, target_func, types, *args):
        super().__init__()
        self.func = target_func
        self.types = types
        self.func_args = args
        self.results = multiprocessing.Queue()

    def run(self):
        self.results.put(self.func(self.types, *self.func_args))

    def start_and_wait(self):
        self.start()
        value = self.results.get(timeout=60)
        self.join()
        return value


def app(*types):
    def get_app(func):
        class App(Node):
            def __init__(self, *args):
                super().__init__(func, types, *args)

        return App

    return get_app


def cache_server(types, config):
    return f"registered {config['user_agent']} for {list(types)}"


if __name__ == "__main__":
    App = app("Register")(cache_server)
    node = App({"user_agent": "crawler"})  # [PKL002]
    print(node.start_and_wait())
