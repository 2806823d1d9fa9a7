# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'op_name'
# summary: the worker builds a model whose __init__ raises a framework error taking (message, op_name) but handing the base only the message; the parent cannot rebuild it from its args (Real-Time-Voice-Cloning 529)
import os
from concurrent.futures import ProcessPoolExecutor


class OpError(Exception):
    def __init__(self, message, op_name):
        super().__init__(message)
        self.op_name = op_name


class Model:
    def __init__(self, checkpoint):
        if not os.path.exists(checkpoint):
            raise OpError(f"no checkpoint at {checkpoint}", op_name="save/RestoreV2")
        self.checkpoint = checkpoint

    def synthesize(self, text):
        return len(text)


def synthesize(checkpoint, text):
    model = Model(checkpoint)
    return model.synthesize(text)


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        print(executor.submit(synthesize, "/nonexistent/model.ckpt", "hello").result())  # [PKL008]
