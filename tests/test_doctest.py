"""The docstring examples of every module run and give what they show: the package's own
(``pagestrip/__init__``) is what a new user reads first.

Modules are found by their files, so collecting this test imports nothing; a module whose
optional dependency is not installed is skipped, saying which."""

from __future__ import annotations

import doctest
import importlib

import pytest

from testkit import SRC

PACKAGE = SRC / "pagestrip"
MODULES = sorted(
    ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
    for path in PACKAGE.rglob("*.py")
    if path.name != "__main__.py"  # running it is running the CLI
)
#: Modules whose docstrings hold examples; a finder that finds none of them fails below.
WITH_EXAMPLES = {"pagestrip", "pagestrip.learning.learner"}


def examples(name: str) -> list[doctest.DocTest]:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional extra (scrapy, dask, pyarrow, fastwarc)
        pytest.skip(f"{name} needs what is not installed: {exc}")
    return [t for t in doctest.DocTestFinder().find(module) if t.examples]


@pytest.mark.parametrize("name", MODULES)
def test_the_docstring_examples_run(name: str) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in examples(name):
        runner.run(test)
    failed, attempted = runner.summarize(verbose=False)
    assert failed == 0, f"{failed} of {attempted} examples in {name} failed (the report is above)"
    if name in WITH_EXAMPLES:
        assert attempted > 0, name


def test_the_modules_with_examples_are_found() -> None:
    assert set(MODULES) >= WITH_EXAMPLES
    for name in sorted(WITH_EXAMPLES):
        assert examples(name), name
