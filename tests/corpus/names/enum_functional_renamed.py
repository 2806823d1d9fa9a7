# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup JobStatus on
# summary: Enum("JobStatus", ...) bound to Status: a member returned by a worker pickles its class as JobStatus, which the module does not have
import enum
import multiprocessing

Status = enum.Enum("JobStatus", ["QUEUED", "DONE"])


def finish(job_id):
    return (job_id, Status.DONE)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(finish, [1, 2]))  # [PKL007]
