from idw_timing import timed


@timed
def square(x):
    return x * x
