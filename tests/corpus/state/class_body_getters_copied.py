# runtime: fork=ok spawn=error forkserver=error
# error-contains: attribute lookup BaseDefaults.<lambda> on __main__ failed
# summary: spaCy-style defaults: a class body binds a dict of lambdas, each instance copies it through `self.Defaults`; the instance sent to a Process pickles the lambdas, named `BaseDefaults.<lambda>`, which no lookup finds
import multiprocessing as mp


class BaseDefaults:
    lex_attr_getters = {
        "is_lower": lambda s: s.islower(),
        "is_digit": lambda s: s.isdigit(),
    }


class Language:
    Defaults = BaseDefaults

    def __init__(self):
        self.lex_attr_getters = dict(self.Defaults.lex_attr_getters)

    def __call__(self, text):
        return [self.lex_attr_getters["is_digit"](t) for t in text.split()]


def apply_pipe(nlp, texts, sender):
    sender.send([nlp(t) for t in texts])
    sender.close()


if __name__ == "__main__":
    nlp = Language()
    receiver, sender = mp.Pipe(False)
    proc = mp.Process(target=apply_pipe, args=(nlp, ["a 1", "b c"], sender))  # [PKL005]
    proc.start()
    print(receiver.recv())
    proc.join()
