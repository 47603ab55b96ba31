"""The shared grammars of pagestrip.vocabulary, and the stages that read them alike."""

from __future__ import annotations

import regex

from pagestrip import collection, decode, inputs, pagemeta, textshape, vocabulary
from pagestrip.engine import head
from pagestrip.html import title
from pagestrip.model import Kind, Removal


def test_the_piece_markers_are_one_grammar_for_collections_headings_and_the_head() -> None:
    for marker in ("第1篇", "第 二十一 篇", "第两篇", "篇一", "篇 3", "范文二", "例文2"):
        assert collection.is_piece_marker(marker), marker
    for marker in ("第1篇", "第 二十一 篇", "第两篇", "篇一", "篇 3"):
        assert head._COLLECTION.match(marker), marker
    # A heading is numbered 第N章/节/篇 without spaces; 篇N is the piece marker's grammar.
    for marker in ("第1篇", "第两篇", "第三章", "篇一", "篇 3"):
        assert textshape.starts_with_marker(marker), marker
    for prose in ("篇幅有限", "第一次来到这里", "范文大全"):
        assert not collection.is_piece_marker(prose), prose
        assert not head._COLLECTION.match(prose), prose


def test_a_piece_count_in_digits_or_numerals() -> None:
    count = regex.compile(rf"{vocabulary.PIECE_COUNT}篇")
    assert count.fullmatch("17篇") and count.fullmatch("十七篇")
    assert not count.fullmatch("1234篇")


def test_year_month_day_with_and_without_groups() -> None:
    plain = regex.compile(vocabulary.year_month_day())
    captured = regex.compile(vocabulary.year_month_day(capture=True))
    for date in ("2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "2024 年 3 月 5"):
        assert plain.match(date), date
        m = captured.match(date)
        assert m is not None and (int(m[1]), int(m[2]), int(m[3])) == (2024, 3, 5)
    assert plain.groups == 0


def test_the_page_date_reads_month_stems_the_byline_rule_does_not() -> None:
    name = regex.compile(rf"(?i){vocabulary.MONTH_NAME}$")
    stem = regex.compile(rf"(?i){vocabulary.MONTH_STEM}$")
    for english in ("Jan", "January", "Sept.", "sep", "June"):
        assert name.match(english) and stem.match(english), english
    for other in ("mars", "Juli", "octobre", "Mayor"):
        assert not name.match(other) and stem.match(other), other
    assert list(pagemeta._dates("1 mars 2019")) == [(2019, 3, 1)]


def test_charset_declarations_in_a_header_and_in_markup() -> None:
    assert inputs.charset('text/html; charset="GB2312"') == "GB2312"
    assert inputs.charset("text/html; charset = utf-8") == "utf-8"
    m = decode._META_CHARSET.search(b'<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    assert m is not None and m.group(1) == b"gbk"


def test_the_title_is_split_from_the_site_name_alike_everywhere() -> None:
    for t in ("标题_示例范文网", "Title - Site", "Title | Site", "标题——站点", "COVID-19 rules | Site"):
        parts = [p.strip() for p in regex.split(vocabulary.TITLE_SITE_SEP, t) if p.strip()]
        assert title.title_parts(t) == parts
        assert pagemeta.meta_site({"title": t}) == parts[-1]


def test_a_site_name_ends_in_a_site_suffix() -> None:
    line = "版权所有：示例范文网 2010-2024"
    removed = [Removal(Kind.FOOTER, "zh.footer.copyright", 0, len(line), line)]
    assert pagemeta.site_name(removed) == "示例范文网"
    assert regex.search(rf"(?:{vocabulary.SITE_SUFFIX})$", "示例范文网")


def test_path_separators() -> None:
    assert textshape.is_titlelike("讲话稿") and not textshape.is_titlelike("首页 > 范文 > 讲话稿")
    assert not textshape.is_titlelike("首页 ＞＞ 范文 ＞＞ 讲话稿")
    assert not textshape.is_titlelike("首页 | 范文大全 | 工作总结")


def test_vocabulary_is_pattern_text_only() -> None:
    for name in dir(vocabulary):
        if name.isupper():
            value = getattr(vocabulary, name)
            assert isinstance(value, str), name
            regex.compile(value.replace("(?P<n>", "(?:"))  # each is a valid pattern on its own
