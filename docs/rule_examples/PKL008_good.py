# runtime: fork=ok spawn=ok forkserver=ok
# summary: every __init__ argument is passed on to Exception, so args rebuilds the exception
import concurrent.futures


class QuotaError(Exception):
    def __init__(self, user, limit):
        super().__init__(user, limit)
        self.user = user
        self.limit = limit

    def __str__(self):
        return f"{self.user} is over the limit of {self.limit}"


def charge(user):
    raise QuotaError(user, 10)


if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(2) as executor:
        try:
            executor.submit(charge, "ann").result()
        except QuotaError as exc:
            print("over quota:", exc)
