from dlv_rules import RULES


class Cleaner:
    def __init__(self, names):
        self.rules = [RULES[name] for name in names]
