"""Show why text was removed: the normalized page with every removal marked.

Both renderings come from :func:`segments`, which cuts the normalized text at
the removal spans, so what is marked is exactly ``result.removed``:

* :func:`render_text` — for the terminal: removed spans coloured by kind (or
  ``[kind:rule]…[/]`` brackets when not on a terminal), then a table of the
  removals (with the markup evidence of HTML removals under each row) and the
  articles found;
* :func:`render_html` — one self-contained HTML file (no network resources):
  removed text struck through and tinted by kind, rule id, description and
  (HTML) markup evidence on hover, a legend with counts by kind, and the articles.
"""

from __future__ import annotations

import html
from collections import Counter

from .model import Kind, Removal, Result
from .rules import RuleSet

_ANSI = {Kind.CHROME: "36", Kind.METADATA: "34", Kind.FOOTER: "35", Kind.TRUNCATION: "31",
         Kind.RELATED: "33", Kind.EDITORIAL: "32", Kind.DUPLICATE: "90", Kind.TOC: "94",
         Kind.DECORATION: "37"}
_TINT = {Kind.CHROME: "#b3e5fc", Kind.METADATA: "#c5cae9", Kind.FOOTER: "#e1bee7", Kind.TRUNCATION: "#ffcdd2",
         Kind.RELATED: "#ffe0b2", Kind.EDITORIAL: "#c8e6c9", Kind.DUPLICATE: "#e0e0e0", Kind.TOC: "#bbdefb",
         Kind.DECORATION: "#f5f5f5"}


def segments(result: Result) -> list[tuple[str, Removal | None]]:
    """The normalized text as consecutive pieces, each removed (with its removal) or kept."""
    text = result.normalized
    out: list[tuple[str, Removal | None]] = []
    pos = 0
    for r in sorted(result.removed, key=lambda r: r.start):
        if r.start < pos:  # never happens: removals do not overlap
            continue
        if r.start > pos:
            out.append((text[pos:r.start], None))
        out.append((text[r.start:r.end], r))
        pos = r.end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def render_text(result: Result, color: bool = False) -> str:
    parts = []
    for piece, r in segments(result):
        if r is None:
            parts.append(piece)
        elif color:
            parts.append(f"\033[9;{_ANSI[r.kind]}m{piece}\033[0m")
        else:
            parts.append(f"[{r.kind}:{r.rule}]{piece}[/]")
    lines = ["".join(parts), "", "Removed:"]
    lines.append(f"  {'kind':<11}{'rule':<32}{'chars':>6}  first words")
    for r in result.removed:
        first = r.text.replace("\n", " ")[:24]
        lines.append(f"  {str(r.kind):<11}{r.rule:<32}{len(r.text):>6}  {first}")
        if r.evidence:
            lines.append(f"  {'':<11}{'':<32}{'':>6}  ↳ {r.evidence}")
    lines += ["", f"Articles: {len(result.articles)}"]
    for a in result.articles:
        lines.append(f"  {a.title or '(untitled)'} — {len(a.paragraphs)} paragraphs, {len(a.text)} chars"
                     + (" (truncated)" if a.truncated else ""))
    return "\n".join(lines)


def render_html(result: Result, rules: RuleSet | None = None) -> str:
    rules = rules or RuleSet.builtin()
    counts = Counter(r.kind for r in result.removed)
    body = []
    for piece, r in segments(result):
        text = html.escape(piece).replace("\n", "<br>\n")
        if r is None:
            body.append(text)
        else:
            rule = rules.get(r.rule)
            tip = f"{r.kind}: {r.rule}" + (f" — {rule.description}" if rule and rule.description else "")
            if r.evidence:
                tip += f" [evidence: {r.evidence}]"
            body.append(f'<del class="k-{r.kind}" title="{html.escape(tip, quote=True)}">{text}</del>')
    legend = "".join(f'<li><span class="sw k-{k}"></span>{k} <b>{counts.get(k, 0)}</b></li>' for k in Kind)
    arts = "".join(f"<li><b>{html.escape(a.title or '(untitled)')}</b> — {len(a.paragraphs)} paragraphs, "
                   f"{len(a.text)} characters{' (truncated)' if a.truncated else ''}</li>" for a in result.articles)
    style = "".join(f".k-{k}{{background:{_TINT[k]}}}" for k in Kind)
    title = html.escape(result.title or result.source or "pagestrip report")
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>pagestrip: {title}</title>
<style>
body{{font:15px/1.7 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;color:#222}}
del{{text-decoration:line-through;text-decoration-color:#c62828;color:#555;cursor:help}}
.sw{{display:inline-block;width:1em;height:1em;margin-right:.4em;vertical-align:middle;border:1px solid #999}}
ul.legend{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1.2em}}
.page{{border:1px solid #ddd;padding:1em 1.4em;background:#fff}}
{style}
</style></head><body>
<h1>{title}</h1>
<p>site: {html.escape(result.site or "-")} · date: {html.escape(result.date or "-")} ·
truncated: {"yes" if result.truncated else "no"} · removed: {len(result.removed)} spans</p>
<ul class="legend">{legend}</ul>
<h2>Articles found</h2><ol>{arts}</ol>
<h2>Page</h2><div class="page">{"".join(body)}</div>
</body></html>
"""
