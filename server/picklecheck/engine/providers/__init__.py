"""Boundary providers: one module per library that moves values between processes.

Each provider declares its sinks (the calls that pickle values) and its pickler semantics
(`picklers.py`): the standard library's pickle, cloudpickle (joblib's loky workers) or dill
(multiprocess, pathos). `registry.py` lists them; `engine/sinks.py` consults it. Adding a
library touches its own module here, its corpus programs and docs/engine.md, nothing else.
"""
