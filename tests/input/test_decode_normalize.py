"""Stages 1 and 2: bytes to text, and the SPEC's normalizations (each counted)."""

from __future__ import annotations

import codecs

import pytest

import pagestrip
from pagestrip.normalize import normalize

SIMPLIFIED = (
    "在全区创建全国文明城市动员大会上的讲话\n"
    "同志们：今天召开全区创建全国文明城市动员大会，主要任务是动员全区上下坚定信心。"
)
TRADITIONAL = (
    "在創建全國縣級文明城市迎檢動員大會上的講話\n"
    "各位領導、同志們：今天會議的主要任務是深入貫徹落實中央、自治區黨委、市委有關決策部署。"
)


# ------------------------------------------------------------------ decode


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_gb_family_bytes_decode_as_gb18030(codec):
    result = pagestrip.clean(SIMPLIFIED.encode(codec))
    assert result.encoding == "gb18030"
    assert result.normalized == SIMPLIFIED
    assert result.warnings == []


def test_text_declared_gbk_with_a_gb18030_only_character():
    text = "范文㐀网络𠀀字库的讲话稿。"  # U+3400 and U+20000 are not in GBK
    result = pagestrip.clean(text.encode("gb18030"), encoding="gbk")
    assert result.normalized == text
    assert result.warnings == []


def test_big5_bytes():
    result = pagestrip.clean(TRADITIONAL.encode("big5"))
    assert result.encoding.startswith("big5")
    assert result.normalized == TRADITIONAL


@pytest.mark.parametrize(
    "bom,codec,expected",
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ],
)
def test_byte_order_mark_decides_and_is_dropped(bom, codec, expected):
    result = pagestrip.clean(bom + SIMPLIFIED.encode(codec))
    assert result.encoding == expected
    assert result.normalized == SIMPLIFIED
    assert "\ufeff" not in result.normalized


def test_utf16_from_the_codec_with_its_own_bom():
    result = pagestrip.clean(TRADITIONAL.encode("utf-16"))
    assert result.normalized == TRADITIONAL


def test_meta_charset_in_the_page_is_used():
    data = b'<meta charset="gbk">\n' + SIMPLIFIED.encode("gbk")
    result = pagestrip.clean(data)
    assert result.encoding == "gb18030"
    assert SIMPLIFIED.splitlines()[1] in result.normalized


def test_wrong_declared_charset_warns_and_falls_back():
    result = pagestrip.clean(SIMPLIFIED.encode("utf-8"), encoding="big5")
    assert result.normalized == SIMPLIFIED
    assert any("big5" in w for w in result.warnings)


@pytest.mark.parametrize(
    "blob",
    [
        bytes(range(0x80, 0x100)) * 100,  # binary junk with NULs or control codes is a BinaryInputError (issue 11)
        b"\xff\xfe\x00",  # a UTF-16 BOM with half a character after it
    ],
)
def test_undecodable_bytes_give_a_warning_not_an_exception(blob):
    result = pagestrip.clean(blob)
    assert isinstance(result.normalized, str)
    assert result.warnings, "an undecodable page must carry a warning"
    for r in result.removed:
        assert result.normalized[r.start : r.end] == r.text


def test_str_input_is_not_decoded():
    result = pagestrip.clean(SIMPLIFIED)
    assert result.encoding is None
    assert result.normalized == SIMPLIFIED


def test_non_text_input_is_a_type_error():
    with pytest.raises(TypeError):
        pagestrip.clean(12345)


# ---------------------------------------------------------- pinyin residue


def test_pinyin_residue_is_dropped_and_counted():
    page = (
        "您的位置:新文秘網(wǎng)>>鄉(xiāng)鎮(zhèn)社區(qū)>>正文\n\n"
        "今天會(huì)議的主要任務(wù)是動(dòng)員全旗上下鎖定目標(biāo)，堅(jiān)決打贏攻堅(jiān)戰(zhàn)。"
    )
    result = pagestrip.clean(page)
    assert "網>>鄉鎮社區>>正文" in result.normalized
    assert "今天會議的主要任務是動員全旗上下鎖定目標，堅決打贏攻堅戰。" in result.normalized
    assert "(" not in result.normalized
    assert result.stats.normalized["pinyin_residue"] == 11


@pytest.mark.parametrize(
    "text",
    [
        "开通会员(VIP)可以下载全文，这是示例网站的收费说明。",
        "结构助词“的”(de)的用法示例，在句中表示修饰关系。",
        "全年完成投资(亿元)和增速(%)两项指标均高于预期。",
        "网站地址(www.example.cn)已经更新，请大家及时收藏。",
    ],
)
def test_ordinary_parentheses_stay(text):
    n = normalize(text)
    assert n.text == text
    assert n.counts["pinyin_residue"] == 0


# ----------------------------------------------------------- broken quotes


def test_broken_quotes_become_chinese_quotes():
    n = normalize("要大力开展‚三优‛活动，推进‚两学一做‛学习教育常态化制度化。")
    assert n.text == "要大力开展“三优”活动，推进“两学一做”学习教育常态化制度化。"
    assert n.counts["broken_quotes"] == 2


def test_unpaired_low_quote_is_left_alone():
    n = normalize("单独的‚符号没有配对。")
    assert n.text == "单独的‚符号没有配对。"
    assert n.counts["broken_quotes"] == 0


# ------------------------------------------------------ invisible chars


def test_zero_width_characters_are_dropped_and_counted():
    n = normalize("文明\u200b城市\u200d创建\ufeff工作\u00ad要抓实\u2060。")
    assert n.text == "文明城市创建工作要抓实。"
    assert n.counts["zero_width"] == 5


def test_newlines_of_every_kind_become_lf():
    assert normalize("第一行。\r\n第二行。\r第三行。\u2028第四行。").text == "第一行。\n第二行。\n第三行。\n第四行。"


# --------------------------------------------- indentation and blank lines


def test_indentation_and_blank_lines_go():
    n = normalize("\u3000\u3000今天，我们召开全区大会。\n\n\n  全国文明城市是最高荣誉。\n\xa0\xa0要抓好落实。")
    assert n.text == "今天，我们召开全区大会。\n全国文明城市是最高荣誉。\n要抓好落实。"
    assert n.counts["indentation"] == 3
    assert n.counts["blank_lines"] == 2


def test_full_width_punctuation_and_script_are_kept():
    text = "各位領導、同志們：今天（週一）召開會議，ＡＢＣ。"
    assert normalize(text).text == text


# -------------------------------------------------------------- hard wraps


def test_hard_wrapped_line_is_rejoined():
    n = normalize(
        "今天會議的主要任務是：深入貫徹落實中央、自治區黨委有關決策部署，旗人大常委會主任劉俊\n"
        "杰同志、旗政協主席王小明同志出席會議。"
    )
    assert n.text == (
        "今天會議的主要任務是：深入貫徹落實中央、自治區黨委有關決策部署，旗人大常委會主任劉俊"
        "杰同志、旗政協主席王小明同志出席會議。"
    )
    assert n.counts["hard_wraps"] == 1


def test_english_hard_wrap_gets_its_space_back():
    n = normalize(
        "The city council met on Tuesday to debate the new transport plan, which would\n"
        "add three bus lines to the northern suburbs of the city."
    )
    assert n.text == (
        "The city council met on Tuesday to debate the new transport plan, which would "
        "add three bus lines to the northern suburbs of the city."
    )


@pytest.mark.parametrize(
    "text",
    [
        # title, speaker, name, date, salutation
        "在創建全國縣級文明城市迎檢動員大會上的講話\n杭錦旗委副書記、政府旗長\n王羽強\n"
        "(2020 年 5 月 12 日)\n各位領導、同志們:",
        "在全区创建全国文明城市动员大会上的讲话（摘要）\n区委书记 张三",
        # a heading, then its paragraph
        "一、提高政治站位，充分认识创建全国文明城市的重要性和艰巨性\n全国文明城市是国家城市综合评比的最高荣誉，是反映城市综合实力的重要标尺。",
        "（一）提高政治站位，充分认识创建工作的重要性\n全国文明城市是国家城市综合评比的最高荣誉，是反映城市综合实力的重要标尺。",
        # a list item, then the next list item
        "一是提高政治站位，充分认识创建工作的重要性和艰巨性，切实增强责任感和使命感\n二是突出工作重点，全力推动创建任务顺利完成。",
        # a line that ends a sentence
        "全国文明城市是国家城市综合评比的最高荣誉，是反映城市综合实力的重要标尺。\n各镇办、各部门要切实提高政治站位，强化思想自觉。",
        # a metadata line under the title
        "在全区创建文明城市动员大会上的讲话\n发表时间:2022/12/22 11:00:06",
    ],
)
def test_lines_that_are_not_wraps_stay_apart(text):
    n = normalize(text)
    assert n.text == text
    assert n.counts["hard_wraps"] == 0


def test_blank_line_stops_a_join():
    text = (
        "同志们，创建全国文明城市既是一项政治任务，更是一场硬仗，大家要严格按照区委\n\n部署要求，全民动员，全力以赴。"
    )
    assert normalize(text).text == text.replace("\n\n", "\n")


def test_normalization_counts_reach_the_result():
    page = "\u3000\u3000今天會(huì)议要大力开展‚三优‛活动，推进各项工作落实。\u200b"
    stats = pagestrip.clean(page).stats.normalized
    assert stats["pinyin_residue"] == 1
    assert stats["broken_quotes"] == 1
    assert stats["zero_width"] == 1
    assert stats["indentation"] == 1


def test_title_with_commas_is_not_joined_with_the_speaker_line():
    text = "坚定信心，真抓实干，全力打赢创建全国文明城市攻坚战\n杭锦旗委副书记、政府旗长 王羽强\n（2020年5月12日）"
    n = normalize(text)
    assert n.text == text
    assert n.counts["hard_wraps"] == 0


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as hst  # noqa: E402


@settings(max_examples=12 * settings().max_examples, deadline=None)  # a cheap check: ci 480, thorough 4800
@given(
    hst.text(
        alphabet=hst.sampled_from(list("ab 中文(（‚\t\r\n\u3000\xa0\u200b\u00ad\u2028\x0c\x07e\u0301é。,")), max_size=12
    )
)
def test_a_line_said_normal_is_left_unchanged(text: str) -> None:
    """The HTML fast path skips normalize() only where normalize() would change nothing."""
    from pagestrip.normalize import is_normal_line, normalize

    if is_normal_line(text):
        n = normalize(text, join_wraps=False)
        assert n.text == text
        assert not any(v for k, v in n.counts.items())
