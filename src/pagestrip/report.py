"""``pagestrip clean --report FILE``: a batch's summary as one self-contained HTML page.

The summary on stderr is for a glance; a crawl of thousands of pages needs a
page a person would rather look at than read: the counts, where the removed
characters went (by kind and by rule, as bars), the pages that lost most of
their text (where over-removal shows first) and the errors. No script and no
network resource, so it opens anywhere, from a mail attachment too.
"""

from __future__ import annotations

import html
from collections import Counter

from .batch import Summary
from .explain import _TINT
from .model import Kind

#: Rules shown in the by-rule table.
TOP_RULES = 20


def render_report(summary: Summary, title: str = "pagestrip batch report") -> str:
    """The whole HTML page for ``summary``."""
    removed = sum(summary.removed_chars.values())
    sections = [
        _counts(summary, removed),
        _bars("Characters removed by kind", summary.removed_chars, removed, kind_tints=True),
        _bars(
            f"Characters removed by rule (top {TOP_RULES})",
            Counter(dict(summary.rule_chars.most_common(TOP_RULES))),
            removed,
            code=True,
        ),
        _lost_most(summary),
        _errors(summary),
    ]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body{{font:15px/1.6 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;
margin:2em auto;max-width:64em;color:#222}}
table{{border-collapse:collapse;margin:.5em 0 1.5em}}
td,th{{padding:.25em .7em;border-bottom:1px solid #e0e0e0;text-align:left;vertical-align:middle}}
td.n{{text-align:right;font-variant-numeric:tabular-nums}}
.bar{{height:.9em;min-width:1px;background:#90a4ae;border-radius:2px}}
.barcell{{width:22em}}
.counts td:first-child{{color:#555}}
.bad{{color:#b71c1c;font-weight:600}}
code{{font-size:13px}}
{"".join(f".k-{k}{{background:{_TINT[k]}}}" for k in Kind)}
</style></head><body>
<h1>{html.escape(title)}</h1>
{"".join(sections)}
</body></html>
"""


def _counts(summary: Summary, removed: int) -> str:
    """The headline numbers."""
    total = removed + summary.kept_chars
    share = f"{100 * removed / total:.1f} %" if total else "-"
    rows = [
        ("pages", summary.pages),
        ("errors", summary.errors),
        ("truncated pages", summary.truncated),
        ("warnings", summary.warnings),
        ("characters kept", summary.kept_chars),
        ("characters removed", removed),
    ]
    cells = "".join(
        f'<tr><td>{name}</td><td class="n{" bad" if name == "errors" and n else ""}">{n}</td></tr>' for name, n in rows
    )
    return (
        f'<h2>Pages</h2><table class="counts">{cells}<tr><td>share removed</td><td class="n">{share}</td></tr></table>'
    )


def _bars(heading: str, counts: Counter[str], total: int, *, kind_tints: bool = False, code: bool = False) -> str:
    """A table of counts with a bar each, scaled to the largest."""
    if not counts:
        return f"<h2>{heading}</h2><p>nothing removed</p>"
    top = max(counts.values())
    rows = []
    for name, n in counts.most_common():
        label = f"<code>{html.escape(name)}</code>" if code else html.escape(name)
        tint = f" k-{name}" if kind_tints and name in Kind._value2member_map_ else ""
        width = 100 * n / top
        share = f"{100 * n / total:.1f} %" if total else "-"
        rows.append(
            f'<tr><td>{label}</td><td class="n">{n}</td><td class="n">{share}</td>'
            f'<td class="barcell"><div class="bar{tint}" style="width:{width:.1f}%"></div></td></tr>'
        )
    return (
        f"<h2>{heading}</h2><table><tr><th>{'rule' if code else 'kind'}</th><th>characters</th>"
        f"<th>of removed</th><th></th></tr>{''.join(rows)}</table>"
    )


def _lost_most(summary: Summary) -> str:
    """The pages with the largest share of their text removed: over-removal shows here first."""
    worst = summary.worst()
    if not worst:
        return "<h2>Pages that lost most</h2><p>none</p>"
    rows = "".join(
        f'<tr><td>{html.escape(x.source)}</td><td class="n">{100 * x.share:.1f} %</td>'
        f'<td class="n">{x.removed}</td><td class="n">{x.kept}</td>'
        f'<td class="barcell"><div class="bar" style="width:{100 * x.share:.1f}%;background:#e57373">'
        "</div></td></tr>"
        for x in worst
    )
    return (
        "<h2>Pages that lost most</h2><table><tr><th>page</th><th>removed</th><th>characters removed</th>"
        f"<th>characters kept</th><th></th></tr>{rows}</table>"
    )


def _errors(summary: Summary) -> str:
    """The pages that failed, with why (the first ones, if there are many)."""
    if not summary.error_samples:
        return "<h2>Errors</h2><p>none</p>"
    more = summary.errors - len(summary.error_samples)
    rows = "".join(
        f"<tr><td>{html.escape(src)}</td><td>{html.escape(why)}</td></tr>" for src, why in summary.error_samples
    )
    tail = f"<p>… and {more} more.</p>" if more > 0 else ""
    return f"<h2>Errors</h2><table><tr><th>page</th><th>error</th></tr>{rows}</table>{tail}"
