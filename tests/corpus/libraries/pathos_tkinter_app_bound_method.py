# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_tkinter.tkapp' object
# summary: a GUI class keeping its Tcl interpreter on self maps its own bound method with a p_map helper over a pathos ProcessPool; dill serialises the instance and its tkapp, which it refuses too, under every start method (p_tqdm #3, reproduced blind)
import tkinter

from pathos.pools import ProcessPool


def p_map(function, iterable, num_cpus=2):
    pool = ProcessPool(nodes=num_cpus)
    try:
        return list(pool.imap(function, iterable))  # [PKL009]
    finally:
        pool.close()
        pool.join()
        pool.clear()


class ConverterApp:
    def __init__(self):
        self.root = tkinter.Tcl()
        self.status = "idle"

    def convert(self, path):
        return path.replace(".wav", ".mp3")

    def convert_all(self, paths):
        self.status = "converting"
        return p_map(self.convert, paths)


if __name__ == "__main__":
    app = ConverterApp()
    print(app.convert_all(["a.wav", "b.wav", "c.wav"]))
