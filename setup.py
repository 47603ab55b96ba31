"""An optional compiled build of the modules where a page's time goes (issue 13).

    pip install .                                              # pure Python: the default
    PAGESTRIP_MYPYC=1 pip install --no-build-isolation .       # compiled with mypyc
    PAGESTRIP_MYPYC=1 python setup.py build_ext --inplace      # compiled in a checkout

Everything else about the package is in ``pyproject.toml``; this file only adds
extension modules when :data:`ENV_VAR` asks for them. mypyc compiles the same
typed source (``mypy --strict`` clean) into C extensions, so the output is the
same page for page; the cost per page falls by about a sixth (the walk over the
HTML tree, the rule engine's per-line loops, the assembly's dedupe). The build
needs mypy and a C compiler, hence ``--no-build-isolation`` with mypy installed
(``pip install mypy``): a default build does not download mypy for nothing. An
extension built in place (``build_ext --inplace``) sits beside its ``.py`` and
is imported instead of it until it is deleted.
"""

from __future__ import annotations

import os

from setuptools import setup

#: Set to 1 to compile :data:`COMPILED` with mypyc.
ENV_VAR = "PAGESTRIP_MYPYC"

#: The modules compiled, under ``src/pagestrip``: those the profile of a page spends its
#: time in. A module that tests monkeypatch or subclass stays interpreted.
COMPILED = (
    "html/walk.py",
    "html/nodes.py",
    "html/prose.py",
    "html/evidence.py",
    "html/region.py",
    "engine/matching.py",
    "engine/page.py",
    "engine/lines.py",
    "engine/structure.py",
    "engine/tail.py",
    "engine/head.py",
    "engine/edges.py",
    "dedupe.py",
    "assemble.py",
    "normalize.py",
    "textshape.py",
    "glued.py",
    "roles.py",
)


def _ext_modules() -> list[object]:
    """The compiled modules when :data:`ENV_VAR` asks for them, else none."""
    if os.environ.get(ENV_VAR, "").strip().lower() not in ("1", "true", "yes"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:  # the build environment lacks mypy: say how to get it
        raise SystemExit(
            f"{ENV_VAR}=1 needs mypy in the build environment: pip install mypy, then "
            "pip install --no-build-isolation ."
        ) from exc
    return list(mypycify([f"src/pagestrip/{m}" for m in COMPILED], opt_level="3"))


setup(ext_modules=_ext_modules())
