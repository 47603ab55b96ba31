"""Writing learned templates: as a :class:`~pagestrip.rulefile.RuleFile` or as the TOML
rule file ``clean --rules`` reads.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..rulefile import Profile, RuleFile
from ..rules import Rule
from .choosing import SiteTemplate


def to_rule_file(templates: Sequence[SiteTemplate], path: str = "<learned>") -> RuleFile:
    """The learned templates as a :class:`RuleFile`: one profile per host; the rest top level."""
    out = RuleFile(path)
    for t in templates:
        if t.by_host:
            out.profiles.append(Profile(hosts=[t.key, f"*.{t.key}"], rules=list(t.rules)))
        else:
            out.rules.extend(t.rules)
    return out


def to_toml(templates: Sequence[SiteTemplate], pages: int, min_pages: int, min_share: float) -> str:
    """The rule file ``pagestrip learn`` writes: the format :func:`pagestrip.rulefile.load` reads,
    with comments saying where each part came from."""
    out = [
        f"# Learned by `pagestrip learn` from {pages} pages: {len(templates)} sites with a template "
        f"(min_pages={min_pages}, min_share={min_share:g}).",
        "# Each rule's description says on how many of its site's pages it recurs, with an example.",
        "# Read, edit and keep it; check with `pagestrip rules --check FILE`,",
        "# apply with `pagestrip clean --rules FILE` (profiles match the page's URL host).",
        "",
    ]
    loose = [t for t in templates if not t.by_host]
    for t in loose:
        out.append(
            f"# {t.key or 'pages without a URL'}: {t.pages} pages, no URL host — these rules apply to every page"
        )
        out.extend(_rule_toml(r, "rule") for r in t.rules)
    for t in templates:
        if t.by_host:
            out += [
                "[[profile]]",
                f"# {t.key}: {t.pages} pages, {len(t.rules)} rules",
                f"hosts = [{_toml_str(t.key)}, {_toml_str('*.' + t.key)}]",
                "",
            ]
            out.extend(_rule_toml(r, "profile.rule") for r in t.rules)
    return "\n".join(out)


def _rule_toml(rule: Rule, table: str) -> str:
    lines = [
        f"[[{table}]]",
        f"id = {_toml_str(rule.id)}",
        f"kind = {_toml_str(rule.kind.value)}",
        f"scope = {_toml_str(rule.scope.value)}",
        f"pattern = {_toml_str(rule.pattern or '')}",
        f"description = {_toml_str(rule.description)}",
    ]
    if rule.max_chars is not None:
        lines.append(f"max_chars = {rule.max_chars}")
    return "\n".join(lines) + "\n"


def _toml_str(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, but TOML also forbids a raw DEL."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
