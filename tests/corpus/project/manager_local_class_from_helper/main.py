# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'create_pid_manager.<locals>.PIDManager'
# summary: a test helper of another module defines its BaseManager subclass inside the function and returns an instance (s3transfer 320); starting that manager under spawn pickles the local class
import os

from mlh_utils import create_pid_manager

if __name__ == "__main__":
    manager = create_pid_manager()  # [PKL002]
    manager.start()
    try:
        print("server pid differs:", manager.getpid()._getvalue() != os.getpid())
    finally:
        manager.shutdown()
