from collections import namedtuple


class PaymentMappingState:
    """Map from secret hash to the task handling that payment."""

    InitiatorTask = namedtuple("InitiatorTask", ("network", "token", "manager_state"))

    __slots__ = ("secrethashes_to_task",)

    def __init__(self, secrethashes_to_task=None):
        self.secrethashes_to_task = secrethashes_to_task or {}

    def __getstate__(self):
        return {"secrethashes_to_task": self.secrethashes_to_task}

    def __setstate__(self, state):
        self.secrethashes_to_task = state["secrethashes_to_task"]
