# runtime: fork=ok spawn=ok forkserver=ok
# summary: .get finds the key the registry holds, so its lambda default is never used: the module-level function crosses
import multiprocessing


def to_upper(text):
    return text.upper()


TRANSFORMS = {"upper": to_upper}


if __name__ == "__main__":
    transform = TRANSFORMS.get("upper", lambda text: text)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(transform, ["ab cd", "ef"]))
