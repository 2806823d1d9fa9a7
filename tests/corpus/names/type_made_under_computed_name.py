# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Node_load on __main__ failed
# summary: graph nodes are instances of classes made by type(f"Node_{name}", ...) while the graph loads; pickle looks each class up by its computed name, which the module never binds (nxt 38)
import multiprocessing as mp


class NodeBase:
    def execute(self):
        return f"{type(self).__name__}:{self.code}"


def make_node_type(name, attrs):
    return type(f"Node_{name}", (NodeBase,), dict(attrs))


def load_graph(spec):
    nodes = []
    for name, code in spec.items():
        node_type = make_node_type(name, {"code": code, "path": f"/{name}"})
        nodes.append(node_type())
    return nodes


def run_node(node):
    return node.execute()


if __name__ == "__main__":
    graph = load_graph({"load": "read()", "save": "write()"})
    with mp.Pool(2) as pool:
        print(pool.map(run_node, graph))  # [PKL002]
