import multiprocessing


class ProcessWithResult(multiprocessing.Process):
    """A Process that sends its target's result back over a Pipe."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.parent_conn, self.child_conn = multiprocessing.Pipe()

    def run(self):
        try:
            self.child_conn.send(("ok", self._target(*self._args, **self._kwargs)))
        except Exception as error:
            self.child_conn.send(("error", repr(error)))

    def result(self):
        return self.parent_conn.recv() if self.parent_conn.poll(10) else None
