import os
from multiprocessing.managers import BaseManager


def server_pid():
    return os.getpid()


def create_pid_manager():
    class PIDManager(BaseManager):
        pass

    PIDManager.register("getpid", server_pid)
    return PIDManager()
