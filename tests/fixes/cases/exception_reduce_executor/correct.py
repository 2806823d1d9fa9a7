from concurrent.futures import ProcessPoolExecutor


class QuotaExceeded(Exception):
    def __init__(self, user, used, limit):
        super().__init__(user, used, limit)
        self.user = user
        self.used = used
        self.limit = limit

    def __str__(self):
        return f"{self.user} used {self.used} of {self.limit}"


def charge(user):
    raise QuotaExceeded(user, 12, 10)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(charge, "ada").result()
        except QuotaExceeded as error:
            print("caught", error, error.used - error.limit)
