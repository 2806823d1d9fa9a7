from claimpkg._impl import EvalError

__all__ = ["EvalError"]
