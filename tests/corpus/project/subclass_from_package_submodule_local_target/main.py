# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'WriteTest.test_child_completed.<locals>.target'
# summary: a test hands a function defined inside the test method to `hid_write.ProcessWithResult(target=...)`, a Process subclass of a package submodule (`from hidw import write as hid_write`) whose __init__ forwards **kwargs to Process; spawn pickles the target with the process object (tinypilot 1343)
import sys
import unittest

from hidw import write as hid_write


class WriteTest(unittest.TestCase):
    def test_child_completed(self):
        def target():
            return "done"

        process = hid_write.ProcessWithResult(target=target, daemon=True)  # [PKL002]
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
