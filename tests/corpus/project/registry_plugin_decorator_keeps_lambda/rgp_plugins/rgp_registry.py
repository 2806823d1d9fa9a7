TRANSFORMS = {}


def transform(kind):
    def register(cls):
        cls.kind = kind
        TRANSFORMS[kind] = cls
        return cls

    return register
