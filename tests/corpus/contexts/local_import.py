# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.<lambda>'
# summary: multiprocessing imported inside the function under an alias is still a sink
def main():
    from multiprocessing import Pool as Workers

    with Workers(2) as pool:
        print(pool.map(lambda x: x, range(3)))  # [PKL001]


if __name__ == "__main__":
    main()
