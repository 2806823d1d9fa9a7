# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same graph attaches `functools.partial(self.create, format=...)` for each format, the fix pydot took: a partial of a bound method pickles with the graph
import functools
import multiprocessing as mp
import os
import tempfile


class Dot:
    formats = ["svg", "png", "dot"]

    def __init__(self, graph_type="digraph", simplify=False):
        self.graph_type = graph_type
        self.simplify = simplify
        self.edges = []
        self.prog = "dot"
        for frmt in self.formats:
            self.__setattr__("create_" + frmt, functools.partial(self.create, format=frmt))

    def add_edge(self, src, dst, url=None):
        self.edges.append((src, dst, url))

    def create(self, format="svg", prog="dot", encoding=None):
        body = ";".join(f"{a}->{b}" for a, b, _ in self.edges)
        return f"<{format}>{self.graph_type} {{{body}}}</{format}>".encode()


def write_svg_graph(graph, outfile):
    with open(outfile, "wb") as f:
        f.write(graph.create_svg())
    return outfile


if __name__ == "__main__":
    work = []
    with tempfile.TemporaryDirectory() as d:
        for i in range(3):
            g = Dot(graph_type="digraph", simplify=False)
            g.add_edge(f"pkg{i}", f"dep{i}", url=f"https://example.invalid/{i}")
            work.append((g, os.path.join(d, f"g{i}.svg")))
        with mp.Pool(2) as p:
            print([os.path.basename(x) for x in p.starmap(write_svg_graph, work)])
