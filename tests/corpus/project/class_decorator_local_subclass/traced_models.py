from class_tracing import traced


@traced
class Measurement:
    def __init__(self, value):
        self.value = value
