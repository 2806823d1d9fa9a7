# runtime: fork=ok spawn=ok forkserver=ok
# summary: the test hands a module-level function to `hid_write.ProcessWithResult(target=...)`, a Process subclass of a package submodule whose __init__ forwards **kwargs to Process; spawn pickles it by name
import sys
import unittest

from hido import write as hid_write


def target():
    return "done"


class WriteTest(unittest.TestCase):
    def test_child_completed(self):
        process = hid_write.ProcessWithResult(target=target, daemon=True)
        process.start()
        process.join()
        self.assertEqual(("ok", "done"), process.result())


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(WriteTest)
    outcome = unittest.TextTestRunner(verbosity=2).run(suite)
    for _, trace in outcome.errors + outcome.failures:
        sys.stderr.write(trace)
    print("tests run:", outcome.testsRun)
    sys.exit(0 if outcome.wasSuccessful() else 1)
