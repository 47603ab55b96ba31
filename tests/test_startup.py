"""Start-up: what a one-page clean of a text file imports, and the lazy exports behind it.

Not timed (benchmarks measure, tests check): these check *which* modules a
text page loads, the cause of a slow start, so that a new top-level import of
lxml or multiprocessing is caught where it is added.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seeds" / "000_ac3e718c7ea6533d.txt"

#: Modules a one-page clean of a UTF-8 text file never needs.
NOT_FOR_TEXT = (
    "lxml",
    "lxml.etree",
    "bs4",
    "charset_normalizer",
    "multiprocessing",
    "tomllib",
    "tomli",
    "pagestrip.html.walk",
    "pagestrip.learning.learner",
    "pagestrip.learning.choosing",
    "pagestrip.report",
    "pagestrip.explain",
    "pagestrip.parquet",
    "pagestrip.warc",
    "pagestrip.contrib",
    "pagestrip.cli.commands",
    "pagestrip.rules.safety",
)


def _modules_after(code: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_a_text_page_through_the_cli_imports_no_parser_pool_or_learner() -> None:
    code = (
        "import sys\n"
        "from pagestrip.cli import main\n"
        "out = open('/dev/null', 'w')\n"
        f"sys.stdout = out\nassert main(['clean', {str(SEED)!r}]) == 0\nsys.stdout = sys.__stdout__"
    )
    loaded = _modules_after(code)
    assert "pagestrip.pipeline" in loaded  # the page was cleaned here
    assert not loaded & set(NOT_FOR_TEXT), sorted(loaded & set(NOT_FOR_TEXT))


def test_an_html_page_still_gets_the_parser() -> None:
    loaded = _modules_after("import pagestrip\npagestrip.clean('<html><body><p>正文第一段。</p></body></html>')")
    assert {"lxml.etree", "pagestrip.html.walk"} <= loaded


@pytest.mark.parametrize("package", ["pagestrip.html", "pagestrip.learning"])
def test_every_name_a_lazy_package_exports_is_there(package: str) -> None:
    mod = importlib.import_module(package)
    for name in mod.__all__:
        assert not isinstance(getattr(mod, name), types.ModuleType), name
    with pytest.raises(AttributeError):
        mod.no_such_name  # noqa: B018


def test_learning_affixes_stays_the_function() -> None:
    import pagestrip.learning as learning

    learning.Learner  # noqa: B018 - loads the counting code, which imports the affixes module
    assert callable(learning.affixes)
    assert "learn" in learning.__test__
