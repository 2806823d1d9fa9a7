"""Decorators that turn a function into a DynamicItem naming what it takes and provides."""


class DynamicItem:
    def __init__(self, takes=(), func=None, provides=()):
        self.takes = list(takes)
        self.func = func
        self.provides = list(provides)

    def __call__(self, *args):
        return self.func(*args)


def takes(*keys):
    def decorator(obj):
        if isinstance(obj, DynamicItem):
            obj.takes = list(keys)
            return obj
        return DynamicItem(takes=keys, func=obj)

    return decorator


def provides(*keys):
    def decorator(obj):
        if isinstance(obj, DynamicItem):
            obj.provides = list(keys)
            return obj
        return DynamicItem(func=obj, provides=keys)

    return decorator
