# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of p_tqdm #3: the GUI class mapping its own bound method over a Pool leaves its Tcl interpreter out in __getstate__, so the instance pickles under every start method
import tkinter
from multiprocessing import Pool


class ConverterApp:
    def __init__(self):
        self.root = tkinter.Tcl()
        self.status = "idle"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["root"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.root = None

    def convert(self, path):
        return path.replace(".wav", ".mp3")

    def convert_all(self, paths):
        self.status = "converting"
        with Pool(2) as pool:
            return pool.map(self.convert, paths)


if __name__ == "__main__":
    app = ConverterApp()
    print(app.convert_all(["a.wav", "b.wav", "c.wav"]))
