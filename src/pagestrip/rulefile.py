"""Rule files: a site's own rules, disabled built-ins and site profiles, in TOML.

    disable = ["zh.related.*"]            # ids or globs of built-in rules to turn off

    [[rule]]
    id = "mysite.chrome.slogan"
    kind = "chrome"                       # one of the SPEC's kinds
    scope = "line"                        # line | inline | head | edge | tail | sentence | dom
    pattern = '某某网，专业范文下载'        # regex-module syntax
    description = "the site's slogan"
    max_chars = 60                        # optional
    requires = ["专业范文"]                 # optional prefilter

    [[profile]]                           # rules that apply only to some sites
    hosts = ["example.cn", "*.example.cn"]  # by URL host (url=/--url)
    sites = ["示例范文网"]                   # or by the site name the page gives
    disable = ["zh.chrome.category-label"]
    [[profile.rule]]
    id = "example.footer.hotline"
    kind = "footer"
    scope = "line"
    pattern = '服务热线[:：][\\d-]+'
    [[profile.rule]]                      # HTML: a template box by its DOM path, not its text
    id = "example.promo-box"
    kind = "chrome"
    scope = "dom"
    pattern = 'body > div\\.main > div\\.promo > p'
    max_chars = 120

Every problem is reported as one :class:`RuleFileError` line naming the file,
the rule and what is wrong — never a traceback.

The TOML reader and the URL parser are imported by the functions that use them:
every ``pagestrip clean`` imports this module, most runs without a rule file.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .rules import Rule, RuleError, RuleSet

_RULE_KEYS = {
    "id",
    "kind",
    "scope",
    "pattern",
    "description",
    "max_chars",
    "ignore_case",
    "requires",
    "cues",
    "min_cues",
    "required_cues",
    "tags",
}


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message is one line."""


@dataclass
class Profile:
    hosts: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)

    def applies(self, url: str | None, site: str | None) -> bool:
        from urllib.parse import urlsplit

        host = (urlsplit(url).hostname or "") if url else ""
        return bool((host and any(fnmatch.fnmatch(host, h) for h in self.hosts)) or (site and site in self.sites))


@dataclass
class RuleFile:
    path: str
    rules: list[Rule] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)
    _memo: dict[tuple[int, tuple[int, ...]], RuleSet] = field(default_factory=dict, repr=False, compare=False)

    def ruleset(self, base: RuleSet | None = None, url: str | None = None, site: str | None = None) -> RuleSet:
        """The built-in set (or ``base``) with this file's rules, and the profiles that apply.

        Memoized by the profiles that apply: a crawl with one rule file builds
        (and compiles) each distinct rule set once, not once per page.
        """
        applying = tuple(n for n, p in enumerate(self.profiles) if p.applies(url, site))
        memo_key = (id(base), applying)
        cached = self._memo.get(memo_key)
        if cached is not None:
            return cached
        rs = (base or RuleSet.builtin()).with_rules(self.rules).without(*self.disable)
        for n in applying:
            p = self.profiles[n]
            rs = rs.with_rules(p.rules).without(*p.disable)
        self._memo[memo_key] = rs
        return rs

    @property
    def has_site_profiles(self) -> bool:
        return any(p.sites for p in self.profiles)

    def risks(self) -> list[str]:
        """One line per rule whose pattern can backtrack exponentially (see
        :func:`pagestrip.rules.nested_quantifier`): ``pagestrip rules --check`` fails on them."""
        from .rules.safety import nested_quantifier  # only a rule file's rules are checked

        out = []
        for where, rules in self._all_rules():
            for r in rules:
                part = nested_quantifier(r.pattern) if r.pattern else None
                if part:
                    out.append(
                        f"{self.path}: {where}rule {r.id}: nested quantifier {part!r} can backtrack "
                        "for minutes on a long line; make the inner repeat possessive (x++), the group "
                        "atomic ((?>...)), or pin each repetition with a literal"
                    )
        return out

    def requires_gaps(self) -> list[str]:
        """One line per rule whose ``requires`` misses part of its pattern (see
        :func:`pagestrip.rules.literals.uncovered`): the rule is tried only on lines holding
        one of those words, so a line only that part would match is never tried. A warning,
        not an error: the reading of the pattern is cautious and may miss a word it holds."""
        from .rules.literals import uncovered

        out = []
        for where, rules in self._all_rules():
            for r in rules:
                gaps = uncovered(r.pattern, r.requires) if r.pattern and r.requires else []
                if gaps:
                    shown = ", ".join(f"'{g if len(g) <= GAP_SHOWN else g[:GAP_SHOWN] + '…'}'" for g in gaps[:3])
                    more = f" and {len(gaps) - 3} more" if len(gaps) > 3 else ""
                    out.append(
                        f"{self.path}: {where}rule {r.id}: requires holds no word of {shown}{more}; a line "
                        "that only this part matches is never tried: add one of its words to requires"
                    )
        return out

    def _all_rules(self) -> list[tuple[str, list[Rule]]]:
        return [("", self.rules)] + [(f"profile {n}: ", p.rules) for n, p in enumerate(self.profiles, 1)]


#: How much of an uncovered part of a pattern a warning quotes.
GAP_SHOWN = 40


def unmatched(patterns: Iterable[str], rule_file: RuleFile | None = None) -> list[str]:
    """The ``disable`` ids or globs that match no rule — built in, in ``rule_file`` or in
    one of its profiles. Disabling one disables nothing, so a typo would pass in silence;
    the command line and the Scrapy pipeline refuse them."""
    ids = [r.id for r in RuleSet.builtin()]
    if rule_file is not None:
        ids += [r.id for r in rule_file.rules] + [r.id for p in rule_file.profiles for r in p.rules]
    return [p for p in patterns if not any(fnmatch.fnmatchcase(i, p) for i in ids)]


def load(path: str | os.PathLike[str]) -> RuleFile:
    """Read and check a rule file; raise :class:`RuleFileError` with a one-line message."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    name = str(path)
    try:
        with open(path, "rb") as f:
            doc = tomllib.load(f)
    except FileNotFoundError:
        raise RuleFileError(f"{name}: no such file") from None
    except OSError as exc:
        raise RuleFileError(f"{name}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{name}: not valid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses per level of nested arrays and tables
        raise RuleFileError(f"{name}: not usable: arrays or tables nested too deeply") from None
    unknown = set(doc) - {"rule", "disable", "profile"}
    if unknown:
        raise RuleFileError(f"{name}: unknown key {sorted(unknown)[0]!r} (expected rule, disable, profile)")
    out = RuleFile(name, _rules(name, doc.get("rule", [])), _strings(name, "disable", doc.get("disable", [])))
    for n, p in enumerate(_tables(name, "profile", doc.get("profile", [])), 1):
        where = f"profile {n}"
        bad = set(p) - {"hosts", "sites", "rule", "disable"}
        if bad:
            raise RuleFileError(f"{name}: {where}: unknown key {sorted(bad)[0]!r}")
        prof = Profile(
            _strings(name, f"{where}.hosts", p.get("hosts", [])),
            _strings(name, f"{where}.sites", p.get("sites", [])),
            _rules(name, p.get("rule", []), where),
            _strings(name, f"{where}.disable", p.get("disable", [])),
        )
        if not prof.hosts and not prof.sites:
            raise RuleFileError(f"{name}: {where}: needs hosts or sites")
        out.profiles.append(prof)
    return out


def _tables(name: str, key: str, value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise RuleFileError(f"{name}: {key} must be an array of tables ([[{key}]])")
    return value


def _strings(name: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleFileError(f"{name}: {key} must be a list of strings")
    return value


def _rules(name: str, tables: Any, where: str = "") -> list[Rule]:
    out = []
    prefix = f"{where}: " if where else ""
    for n, t in enumerate(_tables(name, "rule", tables), 1):
        rid = t.get("id") if isinstance(t.get("id"), str) else f"#{n}"
        bad = set(t) - _RULE_KEYS
        if bad:
            raise RuleFileError(f"{name}: {prefix}rule {rid}: unknown key {sorted(bad)[0]!r}")
        needed = ("id", "kind", "scope", "cues") if t.get("scope") == "sentence" else ("id", "kind", "scope", "pattern")
        missing = [k for k in needed if k not in t]
        if missing:
            raise RuleFileError(f"{name}: {prefix}rule {rid}: missing {missing[0]!r}")
        for k in ("id", "kind", "scope", "pattern", "description"):
            if k in t and not isinstance(t[k], str):
                raise RuleFileError(f"{name}: {prefix}rule {rid}: {k} must be a string")
        if "max_chars" in t and (not isinstance(t["max_chars"], int) or t["max_chars"] < 1):
            raise RuleFileError(f"{name}: {prefix}rule {rid}: max_chars must be a positive integer")
        for k in ("min_cues",):
            if k in t and (not isinstance(t[k], int) or t[k] < 0):
                raise RuleFileError(f"{name}: {prefix}rule {rid}: {k} must be a non-negative integer")
        required = t.get("required_cues", [])
        if not isinstance(required, list) or not all(isinstance(i, int) for i in required):
            raise RuleFileError(f"{name}: {prefix}rule {rid}: required_cues must be a list of integers")
        try:
            out.append(
                Rule(
                    t["id"],
                    t["kind"],
                    t["scope"],
                    t.get("pattern"),
                    t.get("description", ""),
                    max_chars=t.get("max_chars"),
                    ignore_case=bool(t.get("ignore_case", False)),
                    requires=tuple(_strings(name, f"rule {rid}.requires", t.get("requires", []))),
                    cues=tuple(_strings(name, f"rule {rid}.cues", t.get("cues", []))),
                    min_cues=t.get("min_cues", 0),
                    required_cues=tuple(required),
                    tags=tuple(_strings(name, f"rule {rid}.tags", t.get("tags", []))),
                )
            )
        except RuleError as exc:
            raise RuleFileError(f"{name}: {prefix}{exc}") from None
        except (TypeError, ValueError) as exc:
            raise RuleFileError(f"{name}: {prefix}rule {rid}: {exc}") from None
    return out
