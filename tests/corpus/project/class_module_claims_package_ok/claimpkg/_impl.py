class EvalError(RuntimeError):
    """Defined in a private module, presented as part of the package."""

    __module__ = "claimpkg"
