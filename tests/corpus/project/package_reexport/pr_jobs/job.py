from .locks import make_guard


class Job:
    def __init__(self, number):
        self.number = number
        self.guard = make_guard()
