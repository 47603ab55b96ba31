"""``common.chrome.css``: a style sheet leaked into the text goes; code's object literals stay."""

from __future__ import annotations

import pytest

import pagestrip

BODY = "本文整理几条常用的查询命令，供日常开发时查阅，以下命令在多个版本中测试通过，可以放心使用。\n\n"


@pytest.mark.parametrize(
    "css",
    [
        "p.western { font-family: 'Times New Roman', serif; font-size: 12pt }",
        "@page { size: 21cm 29.7cm; margin: 2cm }",
        "td p { margin-bottom: 0cm; direction: ltr }",
    ],
)
def test_a_leaked_style_rule_goes(css: str) -> None:
    r = pagestrip.clean(BODY + css + "\n\n" + BODY.replace("本文", "下文"))
    assert "{" not in r.text
    assert any(x.rule == "common.chrome.css" for x in r.removed)


@pytest.mark.parametrize(
    "code",
    [
        "db.users.find({age: {$gt: 18}});",
        "db.users.find().sort({age: -1});",
        "db.users.save({name: 'zhang', age: 18});",
        "const options = {method: 'POST', body: data};",
        "db.people.find({$or: [{age: 18}, {age: 20}]});",
    ],
)
def test_an_object_literal_of_code_stays(code: str) -> None:
    r = pagestrip.clean(BODY + code + "\n\n" + BODY.replace("本文", "下文"))
    assert code in r.text.split("\n")
