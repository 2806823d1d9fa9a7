# runtime: fork=ok spawn=ok forkserver=ok
# summary: a module-level registry is filled by a helper with module-level functions and plain names: its items pickle by reference
import multiprocessing

STEPS = {}


def strip(text):
    return text.strip()


def upper(text):
    return text.upper()


def register_defaults():
    STEPS["strip"] = strip
    STEPS["upper"] = upper


def apply(step, text):
    return step(text)


if __name__ == "__main__":
    register_defaults()
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(apply, [(step, " ab ") for step in STEPS.values()]))
