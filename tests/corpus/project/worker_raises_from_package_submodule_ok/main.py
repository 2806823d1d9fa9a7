# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same package, but ShapeError can be rebuilt from its one message (its second parameter has a default): the parent gets the worker's error back as it was raised, and reports it
from wro_shapes.checks.validate import ShapeError
from wro_worker_pool import project_all

if __name__ == "__main__":
    try:
        print(project_all([[[1, 2, 3]], [[4, 5]]]))
    except ShapeError as error:
        print("rejected:", error)
