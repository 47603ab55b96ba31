"""The package docstring's example is what a new user reads first: it must run."""

from __future__ import annotations

import doctest

import pagestrip


def test_the_package_docstring_example_runs() -> None:
    failed, attempted = doctest.testmod(pagestrip, verbose=False)
    assert attempted > 0 and failed == 0
