# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_tkinter.tkapp' object
# summary: a GUI class keeping its Tcl interpreter on self maps its own bound method over a Pool; pickling the method pickles the instance and its tkapp, under every start method (p_tqdm #3, reproduced blind; Tcl() stands in for the Tk() window)
import tkinter
from multiprocessing import Pool


class ConverterApp:
    def __init__(self):
        self.root = tkinter.Tcl()
        self.status = "idle"

    def convert(self, path):
        return path.replace(".wav", ".mp3")

    def convert_all(self, paths):
        self.status = "converting"
        with Pool(2) as pool:
            return pool.map(self.convert, paths)  # [PKL009]


if __name__ == "__main__":
    app = ConverterApp()
    print(app.convert_all(["a.wav", "b.wav", "c.wav"]))
