from wmo_logging import log_call


@log_call
def multiply(x, y):
    return x * y


@log_call(action_type="tasks:checksum")
def checksum(data):
    return sum(data) % 255
