# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same model and framework error, which keeps op_name in its args (`super().__init__(message, op_name)`): the parent rebuilds it and reports the missing checkpoint
import os
from concurrent.futures import ProcessPoolExecutor


class OpError(Exception):
    def __init__(self, message, op_name):
        super().__init__(message, op_name)
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
        try:
            print(executor.submit(synthesize, "/nonexistent/model.ckpt", "hello").result())
        except OpError as error:
            print("model failed:", error.args[0], error.op_name)
