"""Show why text was removed: the normalized page with every removal marked.

Both renderings come from :func:`segments`, which cuts the normalized text at
the removal spans, so what is marked is exactly ``result.removed``:

* :func:`render_text` — for the terminal: a legend, removed spans coloured by
  kind (or ``[kind:rule]…[/]`` brackets when not on a terminal), then a table
  of the removals (with the copy a duplicate repeats and the markup evidence
  of HTML removals under each row), the warnings and the articles found;
* :func:`render_html` — one self-contained HTML file (no network resources):
  removed text struck through, tinted by kind and labelled with its rule id
  (description and markup evidence on hover), duplicates linked to the copy
  they repeat, a legend with counts by kind, the warnings, the articles and a
  table of the removals.
"""

from __future__ import annotations

import html
from collections import Counter

from .model import Kind, Removal, Result
from .rules import RuleSet

_ANSI = {
    Kind.CHROME: "36",
    Kind.METADATA: "34",
    Kind.FOOTER: "35",
    Kind.TRUNCATION: "31",
    Kind.RELATED: "33",
    Kind.EDITORIAL: "32",
    Kind.DUPLICATE: "90",
    Kind.TOC: "94",
    Kind.DECORATION: "93",
}
#: One tint per kind for the HTML report: hues apart from each other (chrome and toc
#: were two near-identical blues) and none so pale that it vanishes on white.
_TINT = {
    Kind.CHROME: "#90caf9",
    Kind.METADATA: "#b39ddb",
    Kind.FOOTER: "#f48fb1",
    Kind.TRUNCATION: "#ff8a65",
    Kind.RELATED: "#ffcc80",
    Kind.EDITORIAL: "#a5d6a7",
    Kind.DUPLICATE: "#bdbdbd",
    Kind.TOC: "#4db6ac",
    Kind.DECORATION: "#dce775",
}


def segments(result: Result) -> list[tuple[str, Removal | None]]:
    """The normalized text as consecutive pieces, each removed (with its removal) or kept."""
    text = result.normalized
    out: list[tuple[str, Removal | None]] = []
    pos = 0
    for r in sorted(result.removed, key=lambda r: r.start):
        if r.start < pos:  # never happens: removals do not overlap
            continue
        if r.start > pos:
            out.append((text[pos : r.start], None))
        out.append((text[r.start : r.end], r))
        pos = r.end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def legend_counts(result: Result) -> list[tuple[Kind, int]]:
    """The kinds removed from the page, with how many spans each, in the order of :class:`Kind`."""
    counts = Counter(r.kind for r in result.removed)
    return [(k, counts[k]) for k in Kind if counts[k]]


def render_text(result: Result, color: bool = False) -> str:
    """The page with removals marked, a legend, the removals, the warnings and the articles."""
    parts = []
    for piece, r in segments(result):
        if r is None:
            parts.append(piece)
        elif color:
            parts.append(f"\033[9;{_ANSI[r.kind]}m{piece}\033[0m")
        else:
            parts.append(f"[{r.kind}:{r.rule}]{piece}[/]")
    lines = [_text_legend(result, color), "", "".join(parts), "", "Removed:"]
    lines.append(f"  {'kind':<11}{'rule':<32}{'chars':>6}  first words")
    for r in result.removed:
        first = r.text.replace("\n", " ")[:24]
        lines.append(f"  {r.kind!s:<11}{r.rule:<32}{len(r.text):>6}  {first}")
        if r.of is not None:
            kept = result.normalized[r.of : r.of + len(r.text)].replace("\n", " ")[:24]
            lines.append(f"  {'':<11}{'':<32}{'':>6}  ↳ repeats the copy at offset {r.of}: {kept}")
        if r.evidence:
            lines.append(f"  {'':<11}{'':<32}{'':>6}  ↳ {r.evidence}")
    lines += ["", "Warnings:" if result.warnings else "Warnings: none"]
    lines += [f"  - {w}" for w in result.warnings]
    lines += ["", f"Articles: {len(result.articles)}"]
    for a in result.articles:
        lines.append(
            f"  {a.title or '(untitled)'} — {len(a.paragraphs)} paragraphs, {len(a.text)} chars"
            + (" (truncated)" if a.truncated else "")
        )
    return "\n".join(lines)


def _text_legend(result: Result, color: bool) -> str:
    """One line saying how removals are marked and how many of each kind there are."""
    counts = legend_counts(result)
    if color:
        kinds = "  ".join(f"\033[9;{_ANSI[k]}m{k}\033[0m {n}" for k, n in counts)
        return f"Legend (struck through, coloured by kind): {kinds or 'nothing removed'}"
    kinds = ", ".join(f"{k} {n}" for k, n in counts)
    return f"Legend: [kind:rule-id]removed text[/] — {kinds or 'nothing removed'}"


def _pieces_with_anchors(result: Result) -> list[tuple[int, str, Removal | None]]:
    """:func:`segments` with their offsets, kept pieces cut where a duplicate's kept copy
    starts, so the report can put an anchor there for the duplicate to link to."""
    targets = sorted({r.of for r in result.removed if r.of is not None})
    out: list[tuple[int, str, Removal | None]] = []
    pos = 0
    for piece, r in segments(result):
        start, end = pos, pos + len(piece)
        pos = end
        if r is not None:
            out.append((start, piece, r))
            continue
        cuts = [t for t in targets if start < t < end]
        for a, b in zip([start, *cuts], [*cuts, end], strict=True):
            out.append((a, result.normalized[a:b], None))
    return out


def render_html(result: Result, rules: RuleSet | None = None) -> str:
    """One self-contained HTML file: the page with each removal struck through, tinted by
    kind and labelled with its rule id, duplicates linked to the copy they repeat, then the
    removals, the warnings and the articles."""
    rules = rules or RuleSet.builtin()
    targets = {r.of for r in result.removed if r.of is not None}
    body = []
    index = {id(r): i for i, r in enumerate(result.removed)}
    for start, piece, r in _pieces_with_anchors(result):
        if start in targets:
            body.append(f'<a class="anchor" id="at-{start}"></a>')
        text = html.escape(piece).replace("\n", "<br>\n")
        if r is None:
            body.append(text)
            continue
        rule = rules.get(r.rule)
        tip = f"{r.kind}: {r.rule}" + (f" — {rule.description}" if rule and rule.description else "")
        if r.evidence:
            tip += f" [evidence: {r.evidence}]"
        label = html.escape(r.rule)
        if r.of is not None:
            label += f' <a href="#at-{r.of}">↑ copy at {r.of}</a>'
        body.append(
            f'<del id="r-{index[id(r)]}" class="k-{r.kind}" title="{html.escape(tip, quote=True)}">{text}</del>'
            f'<sup class="rid k-{r.kind}">{label}</sup>'
        )
    legend = "".join(f'<li><span class="sw k-{k}"></span>{k} <b>{n}</b></li>' for k, n in legend_counts(result))
    rows = "".join(_removal_row(i, r, rules) for i, r in enumerate(result.removed))
    warnings = "".join(f"<li>{html.escape(w)}</li>" for w in result.warnings) or "<li>none</li>"
    arts = "".join(
        f"<li><b>{html.escape(a.title or '(untitled)')}</b> — {len(a.paragraphs)} paragraphs, "
        f"{len(a.text)} characters{' (truncated)' if a.truncated else ''}</li>"
        for a in result.articles
    )
    style = "".join(f".k-{k}{{background:{_TINT[k]}}}" for k in Kind)
    title = html.escape(result.title or result.source or "pagestrip report")
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>pagestrip: {title}</title>
<style>
body{{font:15px/1.7 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;
margin:2em auto;max-width:60em;color:#222}}
del{{text-decoration:line-through;text-decoration-color:#b71c1c;color:#333;cursor:help}}
sup.rid{{font:11px/1 ui-monospace,monospace;padding:0 .3em;margin:0 .2em;border-radius:3px;opacity:.85}}
sup.rid a{{color:#0d47a1}}
a.anchor{{scroll-margin-top:3em}}
a.anchor:target+*,a.anchor:target{{outline:2px solid #0d47a1}}
.sw{{display:inline-block;width:1em;height:1em;margin-right:.4em;vertical-align:middle;border:1px solid #777}}
ul.legend{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1.2em}}
table{{border-collapse:collapse;font-size:13px}}td,th{{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:left}}
.page{{border:1px solid #ddd;padding:1em 1.4em;background:#fff}}
.warn li{{color:#8a4b00}}
{style}
</style></head><body>
<h1>{title}</h1>
<p>site: {html.escape(result.site or "-")} · date: {html.escape(result.date or "-")} ·
truncated: {"yes" if result.truncated else "no"} · removed: {len(result.removed)} spans</p>
<ul class="legend">{legend or "<li>nothing removed</li>"}</ul>
<h2>Warnings</h2><ul class="warn">{warnings}</ul>
<h2>Articles found</h2><ol>{arts}</ol>
<h2>Page</h2><div class="page">{"".join(body)}</div>
<h2>Removed</h2><table><tr><th>kind</th><th>rule</th><th>chars</th><th>first words</th></tr>{rows}</table>
</body></html>
"""


def _removal_row(i: int, r: Removal, rules: RuleSet) -> str:
    """One row of the report's table of removals, linking to the span on the page."""
    rule = rules.get(r.rule)
    desc = f" — {html.escape(rule.description)}" if rule and rule.description else ""
    first = html.escape(r.text.replace("\n", " ")[:40])
    copy = f' (<a href="#at-{r.of}">copy at {r.of}</a>)' if r.of is not None else ""
    return (
        f'<tr><td><span class="sw k-{r.kind}"></span>{r.kind}</td><td><code>{html.escape(r.rule)}</code>{desc}</td>'
        f'<td>{len(r.text)}</td><td><a href="#r-{i}">{first}</a>{copy}</td></tr>'
    )
