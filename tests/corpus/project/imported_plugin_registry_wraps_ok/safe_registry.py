PLUGINS = {}


def plugin(name):
    def decorate(fn):
        PLUGINS[name] = fn
        return fn

    return decorate
