def traced(cls):
    class Traced(cls):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.trace = [cls.__name__]

    return Traced
