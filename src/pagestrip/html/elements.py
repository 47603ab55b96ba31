"""What each HTML element is to the walk: dropped with its subtree (scripts, forms,
ruby annotations), a block that ends a line, a table cell, a paragraph whose score
goes to the container around it, or a heading."""

from __future__ import annotations

_DROP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "input",
        "select",
        "textarea",
        "button",
        "option",
        "head",
        "canvas",
        "map",
        "rt",
        "rp",
    }
)  # ruby annotations (furigana, pinyin) are not the text
_BLOCK = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "tr",
        "dt",
        "dd",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "ul",
        "ol",
        "dl",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "form",
        "figure",
        "figcaption",
        "center",
        "address",
        "hr",
        "title",
        "body",
        "html",
        "fieldset",
        "legend",
        "details",
        "summary",
        "caption",
    }
)
_CELL = frozenset({"td", "th"})
#: Elements that hold one paragraph's text: their score goes to the container around them.
_PARA_LIKE = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "figcaption",
        "address",
        "caption",
        "summary",
        "legend",
        "tr",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
