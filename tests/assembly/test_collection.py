"""Collections: which numbered markers split a page into articles."""

from __future__ import annotations

import pagestrip

_SPEECH_A = [
    "亲爱的各位来宾,大家好!",
    "今天是我们公司成立十周年的日子,感谢各位多年来的支持和帮助,我们一起走过了不平凡的道路。",
    "希望大家在新的一年里继续努力,共同创造更好的成绩,谢谢大家!",
]
_SPEECH_B = [
    "各位领导、各位同事,大家好!",
    "回顾过去的一年,我们在各项工作中取得了新的进展,这离不开每一位同事的辛勤付出和默默奉献。",
    "新的一年,让我们携手并进,再创佳绩!",
]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_short_stems_numbered_split_when_each_piece_opens_with_a_greeting() -> None:
    page = _page("公司周年庆典致辞", "篇1", "致辞一:", *_SPEECH_A, "致辞二:", *_SPEECH_B)
    result = pagestrip.clean(page)
    assert len(result.articles) == 2
    assert result.articles[0].text.startswith("亲爱的各位来宾")
    assert result.articles[1].text.startswith("各位领导")
    removed = {r.text: r.rule for r in result.removed}
    assert removed.get("篇1") == "page.piece-marker"  # the lone marker over the collection


def test_numbered_sections_of_one_article_do_not_split() -> None:
    """方法一: / 方法二: head sections: no greeting follows, so one article."""
    body = "做好这项工作,需要我们从多个方面入手,认真研究,扎实推进,确保各项措施落到实处。"
    page = _page("做好基层工作的几点方法", "方法一:", body, "方法二:", body.replace("多个", "几个"))
    result = pagestrip.clean(page)
    assert len(result.articles) == 1
    assert "方法一:" in result.text and "方法二:" in result.text


_STEPS = [
    "Measure the circumference of your jar and cut the foam about an inch smaller than that.",
    "Insert the plant into the hole you made, pressing the foam gently around its roots.",
    "Cover the foam with moss, pinning it in place so that none of the foam shows through.",
]


def test_one_latin_word_numbered_is_a_section_label_not_a_piece() -> None:
    page = _page("How to Build a Terrarium", *[x for i, s in enumerate(_STEPS, 1) for x in (f"Step {i}", s)])
    result = pagestrip.clean(page)
    assert len(result.articles) == 1
    assert all(s in result.articles[0].text for s in _STEPS)


def test_a_title_stem_numbered_still_names_pieces() -> None:
    page = _page(
        "光盘行动倡议书",
        "光盘行动倡议书1",
        "亲爱的同学们:",
        "我们每天都在浪费大量的粮食，这种现象必须改变，让我们一起行动起来。",
        "光盘行动倡议书2",
        "亲爱的老师们:",
        "珍惜粮食是中华民族的传统美德，我们要从自己做起，从现在做起。",
    )
    assert len(pagestrip.clean(page).articles) == 2


def test_bracketed_piece_markers_split() -> None:
    # Essay sites print their markers in brackets: 【篇一】, [篇2], 【范文1】, 讲话稿【1】.
    for first, second in [("【篇一】", "【篇二】"), ("[篇1]", "[篇2]"), ("【范文1】", "【范文2】")]:
        result = pagestrip.clean(_page("公司周年庆典致辞", first, *_SPEECH_A, second, *_SPEECH_B))
        assert len(result.articles) == 2, first
        assert {r.text for r in result.removed} >= {first, second}


def test_a_title_stem_with_bracketed_numbers_names_pieces() -> None:
    result = pagestrip.clean(
        _page("公司周年庆典致辞", "周年庆典致辞【1】", *_SPEECH_A, "周年庆典致辞【2】", *_SPEECH_B)
    )
    assert [a.title for a in result.articles] == ["周年庆典致辞", "周年庆典致辞"]


def test_a_bracketed_number_once_is_no_collection() -> None:
    result = pagestrip.clean(_page("公司周年庆典致辞", "【篇一】", *_SPEECH_A, *_SPEECH_B))
    assert len(result.articles) == 1
