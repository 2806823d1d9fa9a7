from pw_registry import task


@task("square")
def square(x):
    return x * x
