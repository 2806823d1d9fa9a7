# runtime: fork=error spawn=error forkserver=error
# error-contains: KeyError
# summary: an I/O error's __init__ looks its error code up in a table of messages and hands the base the formatted message; sent through a Pipe it pickles, but the parent's rebuild `VisaIOError(message)` looks the message up and raises KeyError (pyvisa 249)
import multiprocessing

MESSAGES = {
    -1073807339: ("VI_ERROR_TMO", "Timeout expired before operation completed."),
    -1073807346: ("VI_ERROR_INV_SETUP", "Unable to start operation because setup is invalid."),
}


class VisaIOError(Exception):
    def __init__(self, error_code):
        abbreviation, description = MESSAGES[error_code]
        super().__init__("%s (%d): %s" % (abbreviation, error_code, description))
        self.error_code = error_code


def measure(conn):
    try:
        raise VisaIOError(-1073807339)
    except VisaIOError as error:
        conn.send(("error", error))  # [PKL008]
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()
    process = multiprocessing.Process(target=measure, args=(child_end,))
    process.start()
    print(parent_end.recv())
    process.join()
