# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of concurrent-log-handler issue 27's fix: the test starts a module-level function (and a staticmethod), so no TestCase is pickled
import multiprocessing
import sys
import unittest


def check_child(label):
    print("child ran", label, file=sys.stderr)


class ChildTest(unittest.TestCase):
    @staticmethod
    def check_quietly(label):
        check_child(label)

    def test_child_exits_cleanly(self):
        for target in (check_child, self.check_quietly):
            child = multiprocessing.Process(target=target, args=("plain",))
            child.start()
            child.join(20)
            self.assertEqual(child.exitcode, 0)


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(ChildTest)
    result = unittest.TextTestRunner(stream=sys.stderr, verbosity=2).run(suite)
    print("passed" if result.wasSuccessful() else "failed")
    sys.exit(0 if result.wasSuccessful() else 1)
