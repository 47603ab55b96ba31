"""dedupe.abstract: a teaser under a label of its own (【内容导读】, 导读：, Summary:) that repeats
the opening of the body, cut short or whole, goes and the body stays; a teaser cut mid-word
with no blank line under it is not glued to the body as a hard wrap. The wording is the
test's own."""

from __future__ import annotations

import pagestrip
from pagestrip.normalize import normalize

_TITLE = "社区图书室开放时间调整的说明"
_OPENING = (
    "从下个月起，社区图书室的开放时间调整为每天上午九点到晚上八点，周一闭馆进行整理和消毒。"
    "调整后，晚间的借还书服务由志愿者轮流值守，读者可以在服务台登记自己的借阅需求。"
)
_NEXT = "图书室还将增设儿童阅读角，欢迎家长带着孩子一起来参加每周六上午的绘本故事会。"


def _page(teaser: str, gap: str = "\n\n") -> str:
    return f"{_TITLE}\n\n{teaser}{gap}{_OPENING}\n\n{_NEXT}"


def _kept(result: pagestrip.CleanResult) -> str:
    return "\n".join(a.text for a in result.articles)


def test_a_labelled_teaser_cut_short_goes() -> None:
    result = pagestrip.clean(_page("【内容导读】 " + _OPENING[:60] + "…"))
    assert "内容导读" not in _kept(result)
    assert _OPENING in _kept(result)
    assert "dedupe.abstract" in {r.rule for r in result.removed}


def test_a_labelled_whole_copy_goes_and_the_body_stays() -> None:
    result = pagestrip.clean(_page("【导读】 " + _OPENING))
    kept = _kept(result)
    assert "导读" not in kept
    assert kept.count(_OPENING) == 1


def test_a_teaser_cut_mid_word_right_above_the_body_is_no_wrap() -> None:
    teaser = "【内容导读】 " + _OPENING[:70]
    lines = normalize(_page(teaser, gap="\n ")).text.split("\n")
    assert teaser in lines and _OPENING in lines
    assert "内容导读" not in _kept(pagestrip.clean(_page(teaser, gap="\n ")))


def test_a_label_over_its_own_text_is_kept() -> None:
    # A label over text that the body does not repeat is the writer's: it stays.
    result = pagestrip.clean(_page("提示：借阅证遗失的读者请带身份证到服务台补办，补办不收取任何费用。"))
    assert "借阅证遗失" in _kept(result)
