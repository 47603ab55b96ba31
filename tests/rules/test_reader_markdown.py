"""Text a reader service or an HTML-to-Markdown scraper made of a page (r.jina.ai writes
``Title:``, ``URL Source:``, ``Markdown Content:`` over it): its fields give the title, the URL
and the date; lines of Markdown images or links only are the page's pictures and menus."""

from __future__ import annotations

import pagestrip

BODY = [
    "近日，英国男星汤姆·赫兰德宣布自己暂停使用社交媒体，原因是网络暴力已经严重影响到他的心理健康。",
    "2016年，《美国队长3：内战》上映，汤姆·赫兰德扮演的蜘蛛侠也正式登场，手上戴的最多的是电子表。",
]


def _reader(title: str, extra: list[str]) -> str:
    return "\n\n".join(
        [
            f"Title: {title}",
            "URL Source: https://www.example.com/a/580380519",
            "Published Time: 2022-08-27T19:00:00+08:00",
            "Markdown Content:",
            *extra,
            BODY[0],
            "![Image 37](https://p5.example.cn/images/86aca867.jpeg)",
            BODY[1],
        ]
    )


def test_the_reader_fields_give_title_url_and_date_and_go() -> None:
    result = pagestrip.clean(_reader("荷兰弟曝近照气质大变_蜘蛛侠_手表_罗伯特·唐尼", []))
    assert result.title == "荷兰弟曝近照气质大变"  # the page's part of its <title>, as in HTML
    assert result.url == "https://www.example.com/a/580380519"
    assert result.date == "2022-08-27"
    assert result.text.split("\n") == BODY


def test_markdown_menus_and_pictures_go() -> None:
    menu = [
        "*   [](http://www.example.com/?spm=nav.1)",
        "*   [新闻](http://news.example.com/?spm=nav.2)",
        "*   [体育](http://sports.example.com/?spm=nav.3)",
        "[上一篇：关于更名的公告](https://example.com/1)[下一篇：功能发布记录](https://example.com/2)",
        "[![](https://img.example.com/logo.png)](https://example.com/)",
    ]
    result = pagestrip.clean(_reader("荷兰弟曝近照气质大变", menu))
    assert result.text.split("\n") == BODY
    rules = {r.rule for r in result.removed}
    assert {"common.chrome.md-link-row", "common.chrome.md-image", "common.metadata.reader-header"} <= rules


def test_a_sentence_with_a_markdown_link_stays() -> None:
    line = "据[新华社](https://www.example.com/x)报道，汤姆·赫兰德将在明年回到伦敦西区的舞台上演出。"
    result = pagestrip.clean("\n".join([BODY[0], line, BODY[1]]))
    assert line in result.text


def test_a_title_field_above_the_text_is_the_title() -> None:
    # an essay site prints its fields over the essay; the field's label is not the title
    result = pagestrip.clean("\n".join(["Essay Database", "Title: Persuasive Writing", *BODY]))
    assert result.title == "Persuasive Writing"


def test_a_scrapers_front_matter_gives_title_url_and_date_and_goes() -> None:
    page = "\n".join(
        [
            "---",
            "title: 【Python】深度探索Python的可迭代对象",
            "url: https://blog.example.net/nokiaguy/article/details/143428576",
            "source: 一个被知识诅咒的人",
            "date: 2024-11-02",
            "fetch_date: 2025-10-06T19:16:48.686888",
            "---",
            *BODY,
        ]
    )
    result = pagestrip.clean(page)
    assert result.title == "【Python】深度探索Python的可迭代对象"
    assert result.url == "https://blog.example.net/nokiaguy/article/details/143428576"
    assert result.date == "2024-11-02"
    assert result.text.split("\n") == BODY


def test_a_paywall_offer_goes_and_the_page_is_cut() -> None:
    offer = [
        "![](https://img.example.net/img/lock.png)最低0.47元/天 解锁文章",
        "200万优质内容无限畅学",
        "确定要放弃本次机会？",
        "福利倒计时",
        "立减 ¥",
        "普通VIP年卡可用",
    ]
    result = pagestrip.clean("\n".join([*BODY, *offer]))
    assert result.text.split("\n") == BODY
    assert result.truncated
    assert "zh.truncation.unlock" in {r.rule for r in result.removed}


def test_a_price_in_the_text_stays() -> None:
    lines = [*BODY, "住宿费：1200元/年", "会员年卡的价格比去年下降了两成，办卡的市民明显多了起来。"]
    assert pagestrip.clean("\n".join(lines)).text.split("\n") == lines


def test_a_docs_pages_feedback_widget_goes() -> None:
    for widget in ("该文章对您有帮助吗？", "Was this page helpful? Yes No"):
        result = pagestrip.clean("\n".join([*BODY, widget]))
        assert [r.rule for r in result.removed] == ["common.chrome.feedback-prompt"]


def test_a_markdown_pages_one_hash_heading_is_its_title() -> None:
    page = "\n".join(
        [
            "### 关注阿里云",
            "关注阿里云公众号或下载阿里云APP，关注云资讯，随时随地运维管控云服务，获取最新产品动态和优惠。",
            "# 什么是阿里云容器服务Kubernetes版",
            *BODY,
        ]
    )
    result = pagestrip.clean(page)
    assert result.title == "什么是阿里云容器服务Kubernetes版"
    # the box above the title goes, though its line reads as prose
    assert result.text.split("\n") == BODY


def test_the_reader_titles_heading_again_starts_the_article() -> None:
    """The page prints its heading again under the reader's fields, below its menu: the menu
    words above it are the head's, and the title has neither the label nor the site."""
    menu = ["网页新闻贴吧知道网盘图片视频地图文库资讯", "百度首页", "进入词条", "帮助", "首页", "个人中心"]
    result = pagestrip.clean(_reader("汤姆·赫兰德 - 百科", [*menu, "汤姆·赫兰德"]))
    assert result.title == "汤姆·赫兰德"
    assert [a.title for a in result.articles] == ["汤姆·赫兰德"]
    assert result.text.split("\n") == BODY


def test_an_articles_title_has_no_label() -> None:
    result = pagestrip.clean("\n\n".join(["Title: 为什么汤姆赫兰德被称为荷兰弟", *BODY]))
    assert [a.title for a in result.articles] == [result.title] == ["为什么汤姆赫兰德被称为荷兰弟"]


def test_a_long_title_field_is_the_title_without_its_site() -> None:
    """A page that does not print its heading again: the ``Title:`` line is the title line, and
    the title is its page part, cut at the bar only (the dash is the headline's own)."""
    head = "OpenAI's o3 suggests AI models are scaling in new ways — but so are the costs"
    result = pagestrip.clean(_reader(f"{head} | TechCrunch", []))
    assert [a.title for a in result.articles] == [result.title] == [head]
    assert result.text.split("\n") == BODY


def test_a_setext_heading_is_a_markdown_title_and_its_underline_no_wrap() -> None:
    """Reader services write a heading as a line over ``====`` (setext); the underline is never
    glued to a heading that reads as a sentence cut by a wrap, and the heading is the title."""
    heading = "Spring循环依赖探讨，在 Spring 中，若创建 Bean 发生循环依赖，会通过三级缓存"
    result = pagestrip.clean(_reader("Spring循环依赖 - 掘金", [heading + "\n" + "=" * 15]))
    assert result.title == heading
    assert result.text.split("\n") == BODY
    escaped = pagestrip.clean(_reader("x", ["荷兰弟休息一年\\_Holland\\_Tom\n" + "=" * 15]))
    assert escaped.title == "荷兰弟休息一年_Holland_Tom"  # Markdown's escapes are not the title's


def test_bullet_items_are_never_joined_as_hard_wraps() -> None:
    items = [
        "*   Hooks into Claude Code via SessionStart/SessionEnd hooks",
        "*   Cursor tracking — only processes new messages since last run",
        "- MD5 of the email, usable for cross-referencing in breach corpora",
        "- Loyalty tier and points balance",
        "• 全名、电子邮件和电话号码，包括国家代码，以及会员等级",
        "• 积分余额",
    ]
    result = pagestrip.clean(BODY[0] + "\n\n" + "\n".join(["## How it works", *items]) + "\n\n" + BODY[1])
    assert result.text.split("\n") == [BODY[0], "## How it works", *items, BODY[1]]


def test_a_numbered_section_heading_under_the_opening_is_no_title() -> None:
    """A post that marks its sections with ``#`` and has no title line: the prose above the
    first ``# 二、…`` is the article's opening, not the page's box."""
    opening = "大家好，我是程序员小灰。前两天圈子里传出一个重磅消息，今天这篇文章我们的重点不是理念，而是实操。"
    section = "# 二、安装：两种方式任选"
    result = pagestrip.clean("\n".join([opening, section, *BODY]))
    assert opening in result.text.split("\n")
    assert result.title != section.lstrip("# ")


def test_a_short_list_item_is_not_continued_by_the_paragraph_under_it() -> None:
    item = "- 去官网下载 LTS 版本，一路下一步装完"
    after = "看不懂命令没关系，安装过程中遇到不懂的命令，可以交给任意 AI 工具生成指令。"
    result = pagestrip.clean("\n".join([BODY[0], item, after, BODY[1]]))
    assert result.text.split("\n") == [BODY[0], item, after, BODY[1]]


def test_a_list_item_wrapped_with_an_indent_is_joined() -> None:
    # html2text wraps a long item and indents what goes on under it
    item, rest = "- 去官网下载 LTS 版本，安装程序会自动配置环境变量，一路点", "  下一步就能装完，装好后重新打开终端。"
    result = pagestrip.clean("\n".join([BODY[0], item, rest, BODY[1]]))
    assert item + rest.strip() in result.text.split("\n")


EN_BODY = [
    "ADB or Android Debug Bridge is a command-line interface for talking to your device, and it is part of the SDK.",
    "Open a command prompt and type adb devices. If your device is listed there, you have installed ADB.",
]


def test_a_markdown_related_heading_opens_the_tail() -> None:
    """``### 相关文章`` is the heading 相关文章 to its reader: the linked titles under it go."""
    items = ["* ##### [假冒验证码基础架构使数百万设备感染恶意软件](/post/id/308293)", "2025-06-10 13:21:16"]
    result = pagestrip.clean("\n\n".join([*BODY, "### 相关文章", *items]))
    assert result.text.split("\n") == BODY
    assert {r.rule for r in result.removed} >= {"zh.chrome.related-heading", "page.related-item"}
    en = pagestrip.clean("\n\n".join([*EN_BODY, "## Related Posts", "### How to Make Android Faster?"]))
    assert en.text.split("\n") == EN_BODY


def test_markdown_headings_are_read_past_their_hashes_by_the_line_rules() -> None:
    for line, rule in [("### Share this:", "en.chrome.share"), ("##### 目录", "zh.toc.heading")]:
        result = pagestrip.clean("\n\n".join([*EN_BODY[:1], line, *EN_BODY[1:]]))
        assert [r.rule for r in result.removed] == [rule]


def test_a_heading_that_links_to_its_section_stays() -> None:
    """A heading linked to its own anchor is a section's heading, not a bare link line."""
    heading = "### [01 Contextual Rollout Bandits for Reinforcement Learning](https://example.com/2026/asx.html#_01)"
    result = pagestrip.clean("\n\n".join([BODY[0], heading, BODY[1]]))
    assert heading in result.text.split("\n")


def test_a_banner_in_code_or_after_a_blank_line_underlines_no_title() -> None:
    """``====`` heads the line right above it only when it stands flush (under four columns in)
    and that line holds a word: a tab-indented banner under ``/*`` is a code comment's, and one
    after a blank line a rule; neither makes ``/*`` or the prose above the page's title."""
    head = "AutoHotkey comments explained"
    intro = "A comment is text that is not read by the interpreter. A block comment starts with a slash and a star."
    banner = "\t" + "=" * 30
    code = ["/*", banner, "\tThis whole block is a comment.", "\tMsgBox", banner, "*/"]
    after = "Everything between the two markers is ignored, so you can use it to explain your script later."
    page = "\n".join([head, intro, "", *code, "", "MsgBox, I am a Message Box!", "", after])
    result = pagestrip.clean(page)
    assert result.title == head
    assert intro in result.text.split("\n")
    ruled = pagestrip.clean("\n".join([head, intro, "", "=" * 30, "Some more words of the text body here.", after]))
    assert ruled.title == head
    flush = pagestrip.clean("\n".join([head, "=" * len(head), intro, "", after]))
    assert flush.title == head


def test_a_front_matter_block_goes_whole_and_gives_its_top_level_fields() -> None:
    """A YAML front matter is known by its shape, not its keys: every field goes as
    ``page.front-matter`` (``keywords:``, a nested ``metadata:`` block, list items), its
    top-level ``name`` is the title as ``title`` is, and a nested ``date`` (an export's
    crawl time) does not date the page."""
    head = "A Practical Example of Hexagonal Architecture in Java"
    body = [
        "Hexagonal architecture is an application design pattern. It solves some problems of the layered one.",
        "Domain objects are the core parts of an application. They hold business rules and validations.",
    ]
    block = [
        "---",
        f"name: {head}",
        "keywords: (placeholder)",
        "tags:",
        "  - design",
        "metadata:",
        "  url: https://www.example.com/a-practical-example/",
        "  date: 2026-05-16T14:12:00.489Z",
        "---",
    ]
    result = pagestrip.clean("\n".join([*block, head, *body]))
    assert result.title == head
    assert result.date is None
    assert result.text.split("\n") == body
    assert {r.rule for r in result.removed} == {"page.front-matter"}
    dated = pagestrip.clean("\n".join(["---", f'title: "{head}"', "date: 2020-02-14 10:00:00 +0800", "---", *body]))
    assert (dated.title, dated.date) == (head, "2020-02-14")


def test_a_rule_line_over_prose_is_no_front_matter() -> None:
    """A page that opens with ``---`` and then text (a rule, a quote's attribution) has no
    front matter: a line that is no ``key: value`` field, or no closing ``---``, ends it."""
    from pagestrip.frontmatter import find

    assert find(["---", "title: A", "Some prose: it reads on and on.", "---"]) is None
    assert find(["---", "title: A", "date: 2020-01-01"]) is None  # never closed
    assert find(["---", "---"]) is None  # no field
    found = find(["---", "title: 'A: B'", "author:", "  name: C", "..."])
    assert found is not None and found.lines == 5 and found.fields == {"title": "A: B", "author": ""}


def test_a_link_made_of_an_image_goes_whole_with_its_short_label() -> None:
    # a site's logo link (spaces inside the brackets, a title on the link) and a button whose
    # label follows its icon: before, only the image went and ``](https://… "…")`` stayed
    logo = '[ ![Harbour Gazette](https://example.org/logo.png) ](https://example.org/ "Harbour Gazette")'
    button = '[![Top](https://example.org/i/top.svg)Back to Top](https://example.org/a.html "Back to Top")'
    for line in (logo, button):
        result = pagestrip.clean("\n".join([BODY[0], line, BODY[1]]))
        assert result.text.split("\n") == BODY[:2], line
        assert [r.rule for r in result.removed] == ["common.chrome.md-image"], line


def test_a_sentence_with_an_image_link_in_it_keeps_its_words() -> None:
    line = "详见[![图](https://example.org/a.png)](https://example.org/b)所示，汤姆·赫兰德将在明年回到伦敦西区的舞台上演出。"
    result = pagestrip.clean("\n".join([BODY[0], line, BODY[1]]))
    assert "汤姆·赫兰德将在明年回到伦敦西区的舞台上演出。" in result.text
