# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle
# summary: a registry lookup with .get falls back to a lambda default for a name it does not hold; the pool receives the lambda
import multiprocessing


def to_upper(text):
    return text.upper()


def to_lower(text):
    return text.lower()


TRANSFORMS = {"upper": to_upper, "lower": to_lower}


def transform_all(texts):
    transform = TRANSFORMS.get("title", lambda text: text.title())
    with multiprocessing.Pool(2) as pool:
        return pool.map(transform, texts)  # [PKL001]


if __name__ == "__main__":
    print(transform_all(["ab cd", "ef"]))
