# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a unittest test starts Process(target=self.check_child): spawn pickles the running TestCase, whose _outcome holds the text runner's result and its output stream (concurrent-log-handler issue 27, reproduced blind)
import multiprocessing
import sys
import unittest


class ChildTest(unittest.TestCase):
    def check_child(self):
        print("child ran", file=sys.stderr)

    def test_child_exits_cleanly(self):
        child = multiprocessing.Process(target=self.check_child)  # [PKL009]
        child.start()
        child.join(20)
        self.assertEqual(child.exitcode, 0)


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(ChildTest)
    result = unittest.TextTestRunner(stream=sys.stderr, verbosity=2).run(suite)
    print("passed" if result.wasSuccessful() else "failed")
    sys.exit(0 if result.wasSuccessful() else 1)
