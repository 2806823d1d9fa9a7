# runtime: fork=ok spawn=ok forkserver=ok
# summary: the helper registers on a module-level BaseManager subclass and returns an instance: pickle finds the class by name (the fix of s3transfer 320)
import os

from mmh_utils import create_pid_manager

if __name__ == "__main__":
    manager = create_pid_manager()
    manager.start()
    try:
        print("server pid differs:", manager.getpid()._getvalue() != os.getpid())
    finally:
        manager.shutdown()
