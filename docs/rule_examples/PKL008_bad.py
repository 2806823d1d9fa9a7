# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument
# summary: the exception is rebuilt in the parent as QuotaError(*args), and args lacks `limit`
import concurrent.futures


class QuotaError(Exception):
    def __init__(self, user, limit):
        super().__init__(f"{user} is over the limit of {limit}")
        self.user = user
        self.limit = limit


def charge(user):
    raise QuotaError(user, 10)


if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(2) as executor:
        try:
            executor.submit(charge, "ann").result()
        except QuotaError as exc:
            print("over quota:", exc.user)
