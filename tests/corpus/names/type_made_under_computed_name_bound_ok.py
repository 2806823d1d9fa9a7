# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same computed node classes, bound at import under their names with globals()[...] (the fix nxt took), so pickle finds each class and every child has them
import multiprocessing as mp


class NodeBase:
    def execute(self):
        return f"{type(self).__name__}:{self.code}"


def make_node_type(name, attrs):
    return type(f"Node_{name}", (NodeBase,), dict(attrs))


SPEC = {"load": "read()", "save": "write()"}
for _name, _code in SPEC.items():
    globals()[f"Node_{_name}"] = make_node_type(_name, {"code": _code, "path": f"/{_name}"})


def load_graph(spec):
    return [globals()[f"Node_{name}"]() for name in spec]


def run_node(node):
    return node.execute()


if __name__ == "__main__":
    graph = load_graph({"load": "read()", "save": "write()"})
    with mp.Pool(2) as pool:
        print(pool.map(run_node, graph))
