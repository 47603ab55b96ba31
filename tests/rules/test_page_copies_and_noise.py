"""Boilerplate found from the page around a line, and noise inside lines: the title glued to
where the text opens, a spam page's keyword dropped into sentences, the page's path over its
title, a Han-character jammer line, lone anti-copy marks, the site welcoming the reader or
teasing another page inside a paragraph, a doc shop's file fields, a call to visit the
official site, a CMS account label, a share widget's label.

Each family is put on invented pages; beside it, text that uses the same words or shapes and
must stay."""

from __future__ import annotations

import pytest

import pagestrip

SPEECH = [
    "同志们:",
    "今天我们召开全县春季农业生产工作会议,主要任务是总结去年工作,安排部署今年的重点任务。",
    "春耕生产事关全年粮食丰收,事关农民增收。各乡镇要把春耕生产摆上重要位置,确保各项措施落到实处。",
    "同志们,春耕时节不等人。希望大家以更加务实的作风,把各项工作抓紧抓实。",
]
ESSAY = [
    "Summer is the season of leaving, and colleagues who retire or depart for other positions are "
    "faced with a tricky issue: how to handle the goodbye.",
    "Farewells range from large and expensive parties to the quiet exit where the person leaves "
    "without saying a word to anyone in the office.",
    "Either way, a few sincere sentences from the people who stay are what the leaver remembers.",
]


def removals(lines: list[str], **kw: object) -> list[tuple[str, str]]:
    result = pagestrip.clean("\n".join(lines), **kw)  # type: ignore[arg-type]
    return [(r.rule, r.text) for r in result.removed]


def text_of(lines: list[str]) -> str:
    return "\n".join(a.text for a in pagestrip.clean("\n".join(lines)).articles)


# --------------------------------------------------------------- a glued title


def test_title_with_its_punctuation_glued_to_the_first_sentence_goes() -> None:
    page = ["学校七一党课:初心易得 始终难守9500字", "七一党课:初心易得 始终难守" + SPEECH[1], *SPEECH[2:]]
    assert ("page.glued-title", "七一党课:初心易得 始终难守") in removals(page)
    assert text_of(page).startswith("今天我们召开")


def test_title_copy_with_a_piece_number_before_the_first_heading_goes() -> None:
    page = ["安全生产管理制度(通用5篇)", "安全生产管理制度1一、总则为了加强安全生产管理,特制定本制度。", *SPEECH[1:]]
    assert ("page.glued-title", "安全生产管理制度1") in removals(page)
    assert "一、总则为了加强" in text_of(page)


@pytest.mark.parametrize(
    ("title", "first"),
    [
        # the first sentence opens with the title's words: no title punctuation, no heading
        ("我的妈妈作文", "我的妈妈是一个爱美的人,每天早上都要在镜子前打扮很久。"),
        ("春季农业生产工作会议讲话", "春季农业生产工作会议今天召开,主要任务是总结去年工作。"),
        # a piece's own title line is the collection's to split, not a glued copy
        ("校园光盘行动倡议书(精选3篇)", "校园光盘行动倡议书篇1"),
    ],
)
def test_text_that_opens_with_the_titles_words_keeps_them(title: str, first: str) -> None:
    assert not [r for r, _ in removals([title, first, *SPEECH[1:]]) if r == "page.glued-title"]


def test_glued_title_can_be_disabled() -> None:
    page = ["学校七一党课:初心易得 始终难守9500字", "七一党课:初心易得 始终难守" + SPEECH[1], *SPEECH[2:]]
    assert not [r for r, _ in removals(page, disable=["page.glued-title"]) if r == "page.glued-title"]


# ---------------------------------------------------- a spam page's keyword


def test_sentence_case_title_dropped_between_a_word_and_a_name_goes() -> None:
    page = [
        "Farewell speech essay",
        ESSAY[0],
        "The speech warned citizens about how to relate with foreign Farewell speech essay McClellan, "
        "and it asked them to stay united against factions.",
        *ESSAY[1:],
    ]
    assert ("page.title-injection", " Farewell speech essay") in removals(page)
    text = text_of(page)  # the cut leaves a break where the keyword was, as in the gold
    assert "Farewell speech essay" not in text
    assert "relate with foreign" in text and "McClellan, and it asked" in text


@pytest.mark.parametrize(
    "line",
    [
        # a noun phrase of the sentence: a determiner before it, a symbol after it
        "All eigenvalues of a Hermitian matrix A with dimension n are real numbers, as the proof shows.",
        "She gave the Farewell speech essay Thomas had written to the whole class on Friday morning.",
    ],
)
def test_a_mention_of_the_title_stays(line: str) -> None:
    title = "Hermitian matrix" if "Hermitian" in line else "Farewell speech essay"
    assert not [r for r, _ in removals([title, ESSAY[0], line, *ESSAY[1:]]) if r == "page.title-injection"]


def test_title_case_titles_are_names_not_injections() -> None:
    line = "Historians read the Farewell Address Washington wrote as a warning against party spirit and factions."
    page = ["Farewell Address", ESSAY[0], line, *ESSAY[1:]]
    assert not [r for r, _ in removals(page) if r == "page.title-injection"]


# -------------------------------------------------- the page's path over its title


@pytest.mark.parametrize(
    ("path", "title"),
    [
        (
            "Traditional Culture Encyclopedia - Traditional festivals - Five opening remarks of the literary evening",
            "Five opening remarks of the literary evening",
        ),
        ("Home | Speeches | Wedding toast for my sister", "Wedding toast for my sister"),
        ("Wedding toast for my sister - SpeechBank", "Wedding toast for my sister"),
        ("婚礼致辞_范文网", "婚礼致辞"),
    ],
)
def test_path_or_title_tag_over_the_title_goes(path: str, title: str) -> None:
    result = pagestrip.clean("\n".join([path, title, *ESSAY]))
    assert ("page.title-path", path) in [(r.rule, r.text) for r in result.removed]
    assert result.title == title


@pytest.mark.parametrize(
    "page",
    [
        ["Goodbye at work", "Planning - the quiet part - matters more than the party itself", *ESSAY],
        ["COVID-19 vaccine", "COVID", *ESSAY],  # a hyphen inside a word is no separator
    ],
)
def test_a_line_with_dashes_that_is_not_over_its_title_stays(page: list[str]) -> None:
    assert not [r for r, _ in removals(page) if r == "page.title-path"]


# ------------------------------------------------------------- noise in lines


def test_a_line_of_random_han_characters_goes() -> None:
    jammer = "指折油钻忙拉箱旧磨滑药换求诱号牛转旁领俘眼法判理引亲疗环站合简江绍左由抛滑壤讯锋绩借润诺其胜答察单罪科辩"
    page = ["光盘行动倡议书", jammer, *SPEECH]
    assert ("zh.chrome.han-jammer", jammer) in removals(page)


def test_a_long_unpunctuated_news_sentence_stays() -> None:
    # long, no punctuation, few function characters, but words: 的 在 和 are there
    line = "国家卫生健康委依托全国公立医疗卫生机构的短缺药品信息直报系统在全国范围内开展短缺药品监测预警和分级应对工作"
    assert not [r for r, _ in removals(["短缺药品监测", line, *SPEECH[1:]]) if r == "zh.chrome.han-jammer"]


def test_lone_apostrophe_between_han_characters_goes_a_quoting_pair_stays() -> None:
    page = ["我的妈妈", "妈妈总爱一边哼着歌一边做家务,看她做家务时的'欢快劲儿,好像一点儿也不觉得累。", *SPEECH[1:]]
    assert ("zh.chrome.anti-copy-mark", "'") in removals(page)
    quoted = ["红楼梦选段", "既这样,限一个`秋'字,就即景作一首,大家都要作。", *SPEECH[1:]]
    assert "`秋'" in text_of(quoted)
    # a line that quotes with apostrophes keeps a lone one too: its pair was cut off (an abstract)
    cut = "一要增强'走在前列'的意识。各级各部门要以行动纲要为指导,树立'走"
    assert not [r for r, _ in removals(["城市工作讲话", cut, *SPEECH[1:]]) if r == "zh.chrome.anti-copy-mark"]


# ------------------------------------------------------ the site's own voice


def test_welcome_to_read_clause_opening_the_text_goes() -> None:
    page = [
        "会议主持词的写法",
        "欢迎阅读了解会议主持词的一般写法,会议主持词一般由标题、称谓、正文三部分组成。",
        *SPEECH[1:],
    ]
    assert ("zh.editorial.welcome-reader", "欢迎阅读了解会议主持词的一般写法,") in removals(page)
    assert "会议主持词一般由标题" in text_of(page)


def test_welcome_inside_a_blurb_goes_with_the_blurb() -> None:
    blurb = "下面是小编帮大家整理的我的妈妈作文,仅供参考,欢迎大家阅读。"
    rules = [r for r, _ in removals(["我的妈妈作文", blurb, *SPEECH[1:]])]
    assert "zh.editorial.welcome-reader" not in rules
    assert any(r.startswith("zh.editorial.") for r in rules)


def test_a_writer_inviting_to_read_a_named_work_stays() -> None:
    # the clause names the writer's own piece in 《》: it ends the writer's sentence
    line = "关于我们如何解决这一部分问题，欢迎阅读《港口清淤的前前后后》（还没写完）。"
    assert line in text_of(["港口清淤", line, *SPEECH[1:]])
    assert "zh.editorial.welcome-reader" not in [r for r, _ in removals(["港口清淤", line, *SPEECH[1:]])]


def test_a_speech_welcoming_guests_stays() -> None:
    line = "欢迎各位来到我们学校参加今天的活动,欢迎大家来到美丽的校园。"
    assert line in text_of(["开幕式致辞", line, *SPEECH[1:]])


def test_teaser_for_another_page_glued_to_a_paragraph_goes() -> None:
    line = "环境污染是令人头疼不已的事情,,推荐一篇小学生安全演讲稿。"
    page = ["保护环境演讲稿", line, *SPEECH[1:]]
    assert ("zh.related.inline-teaser", ",,推荐一篇小学生安全演讲稿。") in removals(page)
    assert "令人头疼不已的事情" in text_of(page)


def test_a_teacher_recommending_a_text_stays() -> None:
    line = "上周老师向我们推荐一篇文章,讲的是一位乡村教师的故事。"
    assert line in text_of(["读书笔记", line, *SPEECH[1:]])


def test_call_to_visit_the_official_site_goes() -> None:
    line = "访问数式官网:https://www.example.top获取低代码应用平台体验"
    assert ("zh.chrome.site-cta", line) in removals(["平台介绍", *SPEECH, line])


def test_doc_shop_file_fields_are_metadata() -> None:
    fields = ["• 上传人(卖家):淡然人生", "• 文档编号:3146226", "• 格式:DOCX", "• 页数:23", "• 大小:24.37KB"]
    got = removals(["绩效管理细则", *fields, *SPEECH])
    for f in fields:
        assert ("zh.metadata.fields", f) in got
    # a sentence about format is the text's
    line = "格式:本通知的格式要规范,标题、正文和落款都要齐全。"
    assert line in text_of(["公文写作要点", line, *SPEECH[1:]])


# ---------------------------------------------------------------- English chrome


def test_cms_account_label_and_share_widget_label_go() -> None:
    got = removals(["Goodbye at work", "Select network", *ESSAY, "admin:"])
    assert ("en.chrome.share", "Select network") in got
    assert ("en.metadata.account-label", "admin:") in got


def test_a_sentence_about_the_editor_stays() -> None:
    line = "The editor of the newsletter asked every admin to write a short note for the leaver."
    assert line in text_of(["Goodbye at work", *ESSAY, line])


def test_a_button_the_page_never_prints_again_is_no_title() -> None:
    page = ["书签 分享 收藏 举报", "上传文档赚钱", "• 上传人(卖家):淡然人生", *SPEECH]
    result = pagestrip.clean("\n".join(page))
    assert result.title != "上传文档赚钱"
    assert "上传文档赚钱" in [r.text for r in result.removed]


# ------------------------------------------------------------ chunk markers


def _chunk_page(lines: list[str]) -> list[tuple[str, str]]:
    return [r for r in removals(SPEECH[:2] + lines + SPEECH[2:]) if r[0] == "page.chunk-marker"]


def test_a_number_glued_into_a_broken_word_is_a_chunk_marker() -> None:
    lines = ["春耕生产事关全年粮食丰收,事关农民增收。各乡镇要把春耕生产摆上重要位", "2、置,主要领导亲自抓。"]
    assert _chunk_page(lines) == [("page.chunk-marker", "2、")]


def test_a_chunk_marker_numbered_after_another_chunk_marker_still_goes() -> None:
    # Only an item of the page's own list makes the next number an item.
    lines = [
        "各乡镇要抓好农资供应,组织农技人员深入田间地头开展技术指导,确保重要位",
        "2、置上的措施落到实处。",
        "要抓好水利设施维护,加快推进灌区续建配套和节水改造工程,确保旱能浇涝能",
        "3、排,为丰收打下基础。",
    ]
    assert [t for _, t in _chunk_page(lines)] == ["2、", "3、"]


def test_the_next_item_of_a_list_whose_items_run_over_several_lines_stays() -> None:
    lines = [
        "门票半价优惠景点",
        "1、东方明珠广播电视塔",
        "成人票原价:279元",
        "备注:仅限成人套票实行半价优惠。",
        "2、野生动物园",
        "成人票原价:165元",
        "备注:其余单票型均不参加本次半价优惠活动",
        "3、自然博物馆",
        "成人票原价:30元",
    ]
    assert _chunk_page(lines) == []


def test_a_texts_numbered_figures_are_no_page_count() -> None:
    """图2, 图3, 图4 … count up a page apart, as a page count glued into words does; the
    label before the number (图, 表, 例, 式) makes it the figure's."""
    filler = "，叶子节点之间没有指针，查询时需要从根节点开始逐层向下查找，直到找到目标记录为止。"
    lines = [
        "d为大于1的一个正整数，称为树的度" + filler,
        "图2是一个B-Tree示意图" + filler,
        "图3是一个简单的B+Tree示意" + filler,
        "例如图4中如果要查询从18到49的所有记录，只需顺序遍历即可" + filler,
        "表5列出了两种索引的比较" + filler,
    ]
    result = pagestrip.clean("\n".join(lines))
    assert result.text == "\n".join(lines)
    assert result.removed == []
