from concurrent.futures import ProcessPoolExecutor


def greet(name):
    return f"hello {name}"


if __name__ == "__main__":
    print("start")
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(executor.submit(greet, "world").result())
