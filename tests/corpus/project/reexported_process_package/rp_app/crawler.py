import multiprocessing

from .sessions import Session


class Crawler(multiprocessing.Process):
    def __init__(self, pages):
        super().__init__()
        self.pages = pages
        self.session = Session()

    def run(self):
        for page in self.pages:
            print(self.session.fetch(page))
