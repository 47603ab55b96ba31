"""A YAML front-matter block over a text page: the fields a scraper or a static-site source
writes between two ``---`` lines before the text (Jekyll, Hugo, a notebook's export, a
crawler's Markdown dump).

The block is recognised by its shape, not by its keys: a ``---`` first line, then lines
that are all ``key: value`` pairs, nested pairs (indented) or list items, closed by
``---`` (or YAML's ``...``) within :data:`FRONT_MATTER_MAX_LINES`. Its lines are fields,
not text (``page.front-matter``). Its top-level fields are read as the page's metadata:
``title`` (or ``name``, as some exports write it) and ``date``. A nested ``date`` (the
export's ``metadata:`` block, the crawl's time) is not the page's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import lazyre

#: The rule that removes a front-matter block, every line of it (its id: the removals are read).
RULE_ID = "page.front-matter"
#: A front-matter block closes within this many lines, or it is none (a page that opens
#: with a Markdown rule ``---``).
FRONT_MATTER_MAX_LINES = 80
#: A YAML mapping key and its value on one line: ``title: …``, ``metadata:``, ``- name: …``.
_FIELD = lazyre.compile_re(r"([ \t]*)(?:-[ \t]+)?([A-Za-z_][\w.-]{0,40})[ \t]*:(?:[ \t]+(.*))?")
#: A list item or a value continued on an indented line.
_ITEM = lazyre.compile_re(r"[ \t]*-[ \t]+\S.*|[ \t]+\S.*")
_FENCE = frozenset({"---"})
_CLOSE = frozenset({"---", "..."})
#: The top-level keys that name the page's title, in order of preference.
TITLE_KEYS = ("title", "name")
#: The top-level keys that give the page's address, in order of preference.
URL_KEYS = ("url", "link", "canonical_url", "source_url", "original_url")
#: The top-level keys that date the page, in order of preference.
DATE_KEYS = ("date", "published", "pubdate", "publish_date", "created")


@dataclass(frozen=True)
class FrontMatter:
    """A front-matter block: how many raw lines it spans (both fences included) and its
    top-level fields (keys in lower case, values without their quotes)."""

    lines: int
    fields: dict[str, str] = field(default_factory=dict)

    def first(self, keys: tuple[str, ...]) -> str | None:
        """The value of the first of ``keys`` the block gives, if any."""
        return next((self.fields[k] for k in keys if self.fields.get(k)), None)


def find(raws: list[str]) -> FrontMatter | None:
    """The front-matter block that opens ``raws`` (the page's raw lines), if there is one:
    ``---``, then at least one top-level ``key: value`` line and nothing but fields and
    items, then a closing fence."""
    if not raws or raws[0].strip() not in _FENCE:
        return None
    fields: dict[str, str] = {}
    for i in range(1, min(len(raws), FRONT_MATTER_MAX_LINES + 1)):
        raw = raws[i].rstrip()
        if raw.strip() in _CLOSE:
            return FrontMatter(i + 1, fields) if fields else None
        if not raw.strip():
            continue
        m = _FIELD.fullmatch(raw)
        if m is None:
            if _ITEM.fullmatch(raw) is None:
                return None
            continue
        if not m.group(1) and not raw.lstrip().startswith("-"):
            fields.setdefault(m.group(2).lower(), _unquoted(m.group(3) or ""))
    return None


def _unquoted(value: str) -> str:
    """A YAML scalar without its quotes: ``"A title: with a colon"`` → its text."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value
