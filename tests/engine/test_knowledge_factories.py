"""The knowledge table's claims about C-extension objects, checked by making and pickling one.

Factories that take no argument are called for real (OpenCV's algorithm objects): the object
must refuse plain pickle with the error the table quotes. Kinds whose objects need a resource
(a file, a server) are checked by the corpus programs instead."""

from __future__ import annotations

import importlib
import pickle
from typing import Any

import pytest

from picklecheck.engine import knowledge as kb

# The OpenCV objects the table lists, by their factory (a module-level callable of cv2)
OPENCV_FACTORIES = [
    name for name in kb.UNPICKLABLE_FACTORIES if name.startswith("cv2.") and "." not in name[4:]
]


def _resolve(dotted: str) -> Any:
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("factory", OPENCV_FACTORIES)
def test_opencv_object_refuses_pickle_as_the_table_says(factory: str) -> None:
    pytest.importorskip("cv2")
    known = kb.UNPICKLABLE_FACTORIES[factory]
    try:
        made = _resolve(factory)()
    except TypeError:
        pytest.skip(f"{factory} needs arguments: checked by the corpus")
    with pytest.raises(TypeError) as raised:
        pickle.dumps(made)
    assert str(raised.value) in known.error


def test_the_table_lists_opencv_factories() -> None:
    assert {"cv2.ORB_create", "cv2.createCLAHE", "cv2.BFMatcher"} <= set(OPENCV_FACTORIES)
