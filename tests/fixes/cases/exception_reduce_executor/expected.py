# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 2 required positional arguments
# summary: an executor worker raising an exception with a custom __init__ loses it in the parent
# fix: PKL008 Add `__reduce__`
from concurrent.futures import ProcessPoolExecutor


class QuotaExceeded(Exception):
    def __init__(self, user, used, limit):
        super().__init__(f"{user} used {used} of {limit}")
        self.user = user
        self.used = used
        self.limit = limit

    def __reduce__(self):
        # pickle would rebuild it as QuotaExceeded(*self.args), which __init__ does not take
        return type(self), (self.user, self.used, self.limit), self.__dict__


def charge(user):
    raise QuotaExceeded(user, 12, 10)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(charge, "ada").result()
        except QuotaExceeded as error:
            print("caught", error, error.used - error.limit)
