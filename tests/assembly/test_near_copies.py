"""Near copies (``dedupe.copy``): a long paragraph printed again with a few characters changed
is a copy, found through sampled 8-character shingles and confirmed on the whole text
(:func:`pagestrip.dedupe.copies`); a paragraph rewritten more than that, much longer or
shorter, or too short to tell, is not. The pages are invented here."""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip import dedupe
from pagestrip.model import Kind, Span

#: A long article paragraph (135 key characters) and two other paragraphs of the same speech.
LONG = (
    "今年以来，我县紧紧围绕乡村振兴战略目标，扎实推进农村人居环境整治，新建改建农村公路一百二十公里，"
    "完成危房改造三百余户，群众满意度明显提升。同时，我们持续深化农村集体产权制度改革，培育壮大新型农业"
    "经营主体，发展特色种养和乡村旅游，带动农民人均可支配收入增长百分之八点五，脱贫攻坚成果得到巩固拓展。"
)
NEXT = (
    "下一步，我们将继续加大投入力度，完善长效管护机制，推动城乡基础设施互联互通，让农民群众共享发展成果，"
    "为全面建设社会主义现代化县城打下坚实基础。"
)
LAST = "会议要求，各乡镇各部门要提高政治站位，压实工作责任，强化督查考核，确保各项任务按时保质完成。"
TITLE = "在全县乡村振兴工作推进会上的讲话"


def changed(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def spans(*texts: str) -> list[Span]:
    """Paragraphs one a line, as the assemble stage hands them to the dedupe passes."""
    out, pos = [], 0
    for t in texts:
        out.append(Span(pos, pos + len(t), t))
        pos += len(t) + 1
    return out


def page(*paragraphs: str) -> str:
    return "\n".join([TITLE, *paragraphs]) + "\n"


def test_a_long_paragraph_said_again_with_a_few_characters_changed_is_a_copy_of_the_first():
    near = changed(LONG, "一百二十公里", "一百三十公里")
    assert near != LONG and dedupe.key(near) != dedupe.key(LONG)  # not an exact copy
    paras = spans(LONG, NEXT, LAST, near)
    assert [(d.index, d.of, d.rule) for d in dedupe.copies(paras)] == [(3, paras[0].start, "dedupe.copy")]


def test_clean_removes_the_later_near_copy_and_points_at_the_kept_one():
    near = changed(LONG, "三百余户", "四百余户")
    result = pagestrip.clean(page(LONG, NEXT, LAST, near))
    copies = [r for r in result.removed if r.rule == "dedupe.copy"]
    assert [(r.kind, r.text) for r in copies] == [(Kind.DUPLICATE, near)]
    (copy,) = copies
    assert result.normalized[copy.start : copy.end] == near
    assert copy.of == result.normalized.index(LONG)  # the pointer names the first copy, which stays
    assert [p.text for p in result.articles[0].paragraphs] == [LONG, NEXT, LAST]


@pytest.mark.parametrize("options", [{"dedupe": False}, {"disable": ["dedupe.copy"]}], ids=["no-dedupe", "disabled"])
def test_the_near_copy_stays_when_duplicate_removal_is_off(options):
    near = changed(LONG, "一百二十公里", "一百三十公里")
    result = pagestrip.clean(page(LONG, NEXT, LAST, near), **options)
    assert not [r for r in result.removed if r.rule.startswith("dedupe.")]
    assert [p.text for p in result.articles[0].paragraphs] == [LONG, NEXT, LAST, near]


def test_a_change_past_the_lookup_window_is_still_found():
    """Candidates are looked up by the first ``NEAR_WINDOW`` characters; the copy is confirmed on
    the whole text, so a long paragraph changed only near its end is a copy too."""
    long2 = LONG + LONG.replace("我县", "我市").replace("今年以来", "近年来")
    assert len(dedupe.key(long2)) > dedupe.NEAR_WINDOW + 8
    near = long2[:-12] + "，成效显著。" + long2[-6:]
    assert dedupe.key(near)[: dedupe.NEAR_WINDOW] == dedupe.key(long2)[: dedupe.NEAR_WINDOW]
    paras = spans(long2, NEXT, near)
    assert [(d.index, d.of) for d in dedupe.copies(paras)] == [(2, paras[0].start)]


def test_the_same_opening_with_a_rewritten_rest_is_not_a_copy():
    """The opening finds the candidate, the whole text decides: the first ``NEAR_WINDOW``
    characters are the same, past them the second paragraph says something else (a third of
    it), and it is kept."""
    long3 = LONG + LONG.replace("我县", "我市").replace("今年以来", "近年来") + LONG.replace("我县", "全区")
    other = (NEXT + LAST + NEXT.replace("我们", "全县"))[: len(long3) - len(long3[:290])]
    rewritten = long3[:290] + other
    assert dedupe.key(rewritten)[: dedupe.NEAR_WINDOW] == dedupe.key(long3)[: dedupe.NEAR_WINDOW]
    assert 0.8 <= len(rewritten) / len(long3) <= 1.25
    assert dedupe.copies(spans(long3, NEXT, rewritten)) == []


def test_a_paragraph_changed_throughout_is_not_a_copy():
    """One character in every six replaced: most 8-character shingles change, far below
    ``NEAR_SHARE`` — a paraphrase, not a copy."""
    swapped = "".join("某" if i % 6 == 3 and "\u4e00" <= c <= "\u9fff" else c for i, c in enumerate(LONG))
    assert sum(a != b for a, b in zip(LONG, swapped, strict=True)) > 15
    assert dedupe.copies(spans(LONG, NEXT, swapped)) == []
    result = pagestrip.clean(page(LONG, NEXT, swapped))
    assert [p.text for p in result.articles[0].paragraphs] == [LONG, NEXT, swapped]


def test_a_paragraph_much_shorter_or_longer_than_its_match_is_not_a_near_copy():
    """A near copy has about the same length (0.8–1.25 of it). A paragraph that is the opening
    of a much longer one holds only its shingles, yet is not its near copy (cut-short copies are
    the abstract pass's to judge), nor is the same opening with much more after it."""
    longer = LONG + NEXT
    assert len(dedupe.key(longer)) / len(dedupe.key(LONG)) > 1.25
    assert dedupe.copies(spans(longer, LAST, LONG)) == []
    assert dedupe.copies(spans(LONG, LAST, longer)) == []


def test_short_paragraphs_are_never_near_copies():
    """Below ``2 * ANCHOR_MIN`` key characters a near copy is not looked for: short lines differ
    by a word on purpose (列表项, 日期)."""
    short = "各乡镇要认真组织学习本次会议精神，结合实际抓好贯彻落实工作，确保取得实效。"
    assert len(dedupe.key(short)) < 2 * dedupe.ANCHOR_MIN
    near = changed(short, "认真", "切实")
    assert dedupe.copies(spans(short, NEXT, near, LAST)) == []


def test_equal_candidates_go_to_the_earliest_paragraph():
    """Three variants of one paragraph, each with a different character at one place: the second
    and third share as many shingles with each other as with the first, and both point at the
    first (set order, which depends on string hashes, must not decide)."""
    a = LONG
    b = changed(LONG, "一百二十", "一百三十")
    c = changed(LONG, "一百二十", "一百四十")
    paras = spans(a, NEXT, b, c)
    assert [(d.index, d.of) for d in dedupe.copies(paras)] == [(2, paras[0].start), (3, paras[0].start)]


def test_two_short_sentences_of_one_template_are_not_copies() -> None:
    # A list of films, each with the same sentence and its own name: different sentences.
    a = "Faces Places is currently streaming on Netflix and available to digitally rent on Google Play and YouTube."
    b = "Princess Cyd is currently streaming on Netflix and available to digitally rent on Google Play and YouTube."
    assert dedupe.copies(spans(a, NEXT, b)) == []


def test_a_short_paragraph_with_one_character_changed_is_still_a_copy() -> None:
    a = "Faces Places is currently streaming on Netflix and available to digitally rent on Google Play and YouTube."
    b = changed(a, "digitally", "digitaly")
    assert [d.index for d in dedupe.copies(spans(a, NEXT, b))] == [2]


def test_a_sentence_lifted_from_inside_a_paragraph_and_printed_first_is_a_teaser() -> None:
    """A template site prints a sentence from the middle of the text first, as a teaser:
    it goes as ``dedupe.abstract``, and the paragraph it came from stays whole."""
    lifted = "同时，我们持续深化农村集体产权制度改革，培育壮大新型农业经营主体，发展特色种养和乡村旅游。"
    assert dedupe.key(lifted) in dedupe.key(LONG) and not dedupe.key(LONG).startswith(dedupe.key(lifted))
    result = pagestrip.clean("\n\n".join([TITLE, lifted, NEXT, LONG, LAST]))
    text = "\n".join(a.text for a in result.articles)
    assert lifted not in text.split("\n")
    assert all(p in text for p in (NEXT, LONG, LAST))
    assert any(r.rule == "dedupe.abstract" and r.text == lifted for r in result.removed)


def test_a_heading_said_again_inside_its_section_stays() -> None:
    heading = "深化农村集体产权制度改革与培育新型农业经营主体"
    body = "我们持续深化农村集体产权制度改革与培育新型农业经营主体，发展特色种养和乡村旅游，带动农民增收。"
    result = pagestrip.clean("\n\n".join([TITLE, heading, body, LONG, LAST]))
    assert heading in "\n".join(a.text for a in result.articles).split("\n")


def test_the_same_paragraph_with_other_figures_says_something_else() -> None:
    """One template with other values (a query run with 3 then 4; this year's figures under
    last year's) is two statements; a copy that lost a footnote mark is still a copy."""
    a = (
        "SELECT count(DISTINCT(concat(first_name, left(last_name, 3))))/count(*) AS Selectivity "
        "FROM employees.employees;"
    )
    b = a.replace("last_name, 3", "last_name, 4")
    assert dedupe.copies(spans(a, NEXT, b)) == []
    figures = changed(LONG, "一百二十公里", "一百二十公里（2023年为98公里）")
    later = changed(figures, "2023年为98", "2024年为120")
    assert dedupe.copies(spans(figures, NEXT, later)) == []
    marked = changed(LONG, "群众满意度明显提升。", "群众满意度明显提升。[12]")
    assert [d.index for d in dedupe.copies(spans(LONG, NEXT, marked))] == [2]
