# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'Dot.__init__.<locals>.new_method'
# summary: a graph's __init__ attaches one create_<format> closure per output format with `self.__setattr__`; the graphs in starmap's work items pickle those local functions (pydot 216)
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
            def new_method(f=frmt, prog=self.prog, encoding=None):
                return self.create(format=f, prog=prog, encoding=encoding)
            self.__setattr__("create_" + frmt, new_method)

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
            print([os.path.basename(x) for x in p.starmap(write_svg_graph, work)])  # [PKL002]
