"""A package's names imported from its modules on first use (PEP 562).

A one-page ``pagestrip clean`` of a text file pays for every module it
imports: Python's start-up is most of its time. Packages that a text page
never needs (:mod:`pagestrip.html` brings lxml, :mod:`pagestrip.learning`
hashlib and the HTML walk) still export every name they did, but load the
module holding a name only when the name is first read. Type checkers see the
ordinary imports, under ``TYPE_CHECKING``, in the package itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def exports(package: str, modules: dict[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name of ``modules[m]`` is read from
    its module ``m`` (relative to the package) the first time it is asked for, then kept
    in the package's namespace, so later reads cost nothing."""
    where = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(importlib.import_module(package), name, value)
        return value

    return __getattr__
