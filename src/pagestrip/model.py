"""The small data model that flows through the pipeline.

Every stage hands the next one plain dataclasses (the per-span records, ``Line``,
``Removal`` and ``Span``, are frozen; ``Article`` and ``Result`` are built up), so a user can inspect
what each stage produced (``result.normalized``, ``result.removed``) and a test
can check invariants on them without reaching into private state.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


class Kind(str, Enum):
    """What a removed piece of text was. The values are the SPEC's kinds."""

    CHROME = "chrome"
    METADATA = "metadata"
    FOOTER = "footer"
    TRUNCATION = "truncation"
    RELATED = "related"
    EDITORIAL = "editorial"
    DUPLICATE = "duplicate"
    TOC = "toc"
    DECORATION = "decoration"

    def __str__(self) -> str:  # so f-strings print "footer", not "Kind.FOOTER"
        return self.value


@dataclass(frozen=True)
class Line:
    """One non-empty line of the normalized text; ``end`` excludes the newline."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Removal:
    """One removed span: ``normalized[start:end] == text`` always holds."""

    kind: Kind
    rule: str
    start: int
    end: int
    text: str
    #: For duplicates: offset in the normalized text of the kept copy it repeats.
    of: int | None = None
    #: For HTML structure removals: the markup evidence that decided it (region score or
    #: container kind, hint word, link density, DOM path).
    evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": str(self.kind),
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.of is not None:
            out["of"] = self.of
        if self.evidence is not None:
            out["evidence"] = self.evidence
        return out


@dataclass(frozen=True)
class Span:
    """A kept piece of the normalized text (a paragraph or a title): ``normalized[start:end]``,
    except that a ``<pre>`` line of the article has its indentation in front of it in
    ``text`` (code needs it; the normalized text has none)."""

    start: int
    end: int
    text: str


@dataclass
class Article:
    """One article of the page: a title line (if any) and its paragraphs."""

    title: str | None
    paragraphs: list[Span] = field(default_factory=list)
    truncated: bool = False
    title_span: Span | None = None
    #: The paragraphs (by index) that go on with the one before them on its line: a removal
    #: inside the line (a watermark sentence, an anti-copy mark) cut it there. ``text``
    #: joins them back without a line break; ``paragraphs`` keeps the pieces, each a span
    #: of the normalized text.
    continued: dict[int, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The body, paragraphs joined by newlines (a line's pieces by what parted them:
        nothing, or a space between Latin words), without the title line."""
        if not self.continued:
            return "\n".join(p.text for p in self.paragraphs)
        out: list[str] = []
        for i, p in enumerate(self.paragraphs):
            if out:
                out.append(self.continued.get(i, "\n"))
            out.append(p.text)
        return "".join(out)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "text": self.text, "truncated": self.truncated}


@dataclass
class Truncation:
    """The figures a truncation notice declared; any of them may be unknown."""

    declared_chars: int | None = None
    shown_chars: int | None = None
    omitted_chars: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "declared_chars": self.declared_chars,
            "shown_chars": self.shown_chars,
            "omitted_chars": self.omitted_chars,
        }


@dataclass
class Stats:
    input_chars: int = 0
    output_chars: int = 0
    normalized: dict[str, int] = field(default_factory=dict)
    removed_chars: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "input_chars": self.input_chars,
            "output_chars": self.output_chars,
            "normalized": dict(self.normalized),
            "removed_chars": dict(self.removed_chars),
        }


@dataclass
class Result:
    """What :func:`pagestrip.clean` returns; ``to_json()`` gives the SPEC's object."""

    title: str | None = None
    site: str | None = None
    date: str | None = None
    truncated: bool = False
    truncation: Truncation | None = None
    articles: list[Article] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    warnings: list[str] = field(default_factory=list)
    normalized: str = ""
    encoding: str | None = None
    source: str | None = None
    url: str | None = None

    @property
    def text(self) -> str:
        """All articles' bodies, separated by blank lines (handy for plain output)."""
        return "\n\n".join(a.text for a in self.articles if a.text)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.source is not None:
            out["source"] = self.source
        out.update(
            {
                "title": self.title,
                "site": self.site,
                "date": self.date,
                "url": self.url,
                "truncated": self.truncated,
                "truncation": self.truncation.to_dict() if self.truncation else None,
                "articles": [a.to_dict() for a in self.articles],
                "removed": [r.to_dict() for r in self.removed],
                "stats": self.stats.to_dict(),
                "warnings": list(self.warnings),
            }
        )
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON object as text that always encodes as UTF-8.

        A lone surrogate (from a ``\\ud800`` escape in a JSON feed, a file name
        that is not UTF-8, a ``url=`` given from outside) is replaced by
        U+FFFD: left in, it makes the output impossible to write.
        """
        out = json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
        return _SURROGATE.sub("\ufffd", out)
