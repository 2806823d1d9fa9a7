# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of a class body's dict of lambdas: the class binds a dict of module-level functions, found by name in the child, and each instance copies it through `self.Defaults`
import multiprocessing as mp


def is_lower(s):
    return s.islower()


def is_digit(s):
    return s.isdigit()


class BaseDefaults:
    lex_attr_getters = {"is_lower": is_lower, "is_digit": is_digit}


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
    proc = mp.Process(target=apply_pipe, args=(nlp, ["a 1", "b c"], sender))
    proc.start()
    print(receiver.recv())
    proc.join()
