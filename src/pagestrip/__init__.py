"""pagestrip: clean scraped web pages down to the article, and say what was removed.

>>> import pagestrip
>>> result = pagestrip.clean("欢迎光临示例范文网\\n正文第一段。\\n版权所有:示例范文网")
>>> result.articles[0].text
'正文第一段。'
>>> [(r.kind.value, r.rule) for r in result.removed]
[('chrome', 'zh.chrome.welcome'), ('footer', 'zh.footer.copyright')]
"""

from __future__ import annotations

from .errors import BinaryInputError, PagestripError, PageTimeoutError
from .model import Article, Kind, Removal, Result, Span, Stats, Truncation
from .pipeline import clean
from .rulefile import RuleFileError
from .rules import Rule, RuleError, RuleSet, Scope

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BinaryInputError",
    "Kind",
    "PageTimeoutError",
    "PagestripError",
    "Removal",
    "Result",
    "Rule",
    "RuleError",
    "RuleFileError",
    "RuleSet",
    "Scope",
    "Span",
    "Stats",
    "Truncation",
    "__version__",
    "clean",
    "learn",
]


def __getattr__(name: str) -> object:
    """``pagestrip.learn`` is imported on first use: it brings the batch reader
    (multiprocessing, the progress bar), which ``clean()`` alone never needs."""
    if name == "learn":
        from .learning import learn

        return learn
    raise AttributeError(f"module 'pagestrip' has no attribute {name!r}")
