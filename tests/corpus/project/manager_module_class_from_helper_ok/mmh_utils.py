import os
from multiprocessing.managers import BaseManager


def server_pid():
    return os.getpid()


class PIDManager(BaseManager):
    pass


def create_pid_manager():
    PIDManager.register("getpid", server_pid)
    return PIDManager()
