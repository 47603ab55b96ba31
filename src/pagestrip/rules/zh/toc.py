"""The table-of-contents heading (``zh.toc.*``)."""

from __future__ import annotations

from ...model import Kind
from ..rule import Rule, Scope

RULES: list[Rule] = [
    Rule(
        "zh.toc.heading",
        Kind.TOC,
        Scope.LINE,
        r"(?:目录|目錄|提纲|提綱|目录/提纲|目錄/提綱|文章目录|文章目錄|本文目录|本文目錄|内容提要|內容提要)\s*[:：]?\s*(?:……|…|\.{2,6})?",
        "table-of-contents heading: 目录/提纲:……",
        max_chars=20,
    ),
]
