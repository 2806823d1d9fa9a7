# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same local Process subclass from a decorator factory, but the program only calls a method that runs the function in this process (run_here never starts it): nothing is pickled
import multiprocessing


class Node(multiprocessing.Process):
    def __init__(self, target_func, types, *args):
        super().__init__()
        self.func = target_func
        self.types = types
        self.func_args = args

    def run_here(self):
        return self.func(self.types, *self.func_args)


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
    node = App({"user_agent": "crawler"})
    print(node.run_here())
