"""The news pack (``news.*``): lines that must go, and sentences with the same words that must stay."""

from __future__ import annotations

import pytest
import regex

import pagestrip
from pagestrip import Kind
from pagestrip.rules import RuleSet, news


def matches(rule_id: str, line: str) -> bool:
    rule = next(r for r in news.RULES if r.id == rule_id)
    if rule.max_chars is not None and len(line) > rule.max_chars:
        return False
    return regex.fullmatch(rule.wrapped(bound=False), line) is not None


def any_news_rule(line: str) -> str | None:
    return next((r.id for r in news.RULES if matches(r.id, line)), None)


REMOVE = [
    ("news.metadata.credit", "（责任编辑：王某）"),
    ("news.metadata.credit", "(责任编辑：李明 张华)"),
    ("news.metadata.credit", "[責任編輯:陳小明]"),
    ("news.metadata.credit", "责编：刘洋"),
    ("news.metadata.credit", "来源：新华社"),
    ("news.metadata.credit", "來源：中央社"),
    ("news.metadata.credit", "编辑：周杰 | 审核：孙丽"),
    ("news.metadata.credit", "记者 张三 李四"),
    ("news.metadata.credit", "作者：王小二"),
    ("news.metadata.credit", "通讯员 赵六"),
    ("news.metadata.credit", "摄影：陈晨"),
    ("news.metadata.credit", "【编辑：吴桐】"),
    ("news.metadata.reporter", "本报北京5月6日电（记者 张三 李四）"),
    ("news.metadata.post-header", "2# 发表于 2024-2-3 20:15"),
    ("news.metadata.post-header", "楼主 发表于 2024-2-3 20:15 | 只看该作者"),
    ("news.metadata.original-title", "原标题：某市出台新政 支持小微企业发展"),
    ("news.metadata.original-title", "（原标题：山区孩子的第一堂科学课）"),
    ("news.chrome.image-credit", "图片来源：视觉中国"),
    ("news.chrome.image-credit", "图源：网络"),
    ("news.chrome.image-credit", "（新华社供图）"),
    ("news.footer.reprint", "转载请注明出处。"),
    ("news.footer.reprint", "本文为原创内容，未经授权不得转载。"),
    ("news.footer.reprint", "如需转载请联系本站编辑部"),
    ("news.footer.disclaimer", "免责声明：本文仅代表作者个人观点，与本网无关。"),
    ("news.footer.disclaimer", "【特别声明】：以上内容仅供参考。"),
    ("news.footer.disclaimer", "特别声明"),
    (
        "news.footer.disclaimer",
        "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
        "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。",
    ),
    ("news.footer.disclaimer", "本文仅代表作者本人观点，不代表本站立场。"),
    ("news.footer.disclaimer", "风险提示及免责条款"),
    (
        "news.footer.disclaimer",
        "市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标、财务状况或需要。"
        "用户应考虑本文中的任何意见、观点或结论是否符合其特定状况。据此投资，责任自负。",
    ),
    ("news.footer.disclaimer", "以上内容不构成投资建议，据此操作风险自担。"),
    ("news.metadata.credit", "制片：张平锋"),
    ("news.metadata.credit", "统筹：李杰"),
    ("news.metadata.credit", "编导：李佳琳 牛小溪"),
    ("news.metadata.credit", "配音：王帅龙"),
    ("news.metadata.production", "新华社音视频部制作"),
    ("news.metadata.production", "新华通讯社出品"),
    ("news.decoration.end-marker", "（完）"),
    ("news.decoration.end-marker", "(END)"),
    ("news.decoration.end-marker", "【完】"),
    ("news.decoration.end-marker", "-END-"),
    ("news.metadata.en-byline", "By Jane Doe"),
    ("news.metadata.en-byline", "By JANE DOE and JOHN ROE"),
    ("news.metadata.en-byline", "By Jane Doe, Reuters"),
    ("news.metadata.en-byline", "By Maria de la Cruz and Tom O'Neil"),
    ("news.chrome.en-advertisement", "Advertisement"),
    ("news.chrome.en-advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE"),
    ("news.chrome.en-advertisement", "Story continues below advertisement"),
    ("news.chrome.en-newsletter", "Sign up for The Morning newsletter from the Times"),
    ("news.chrome.en-newsletter", "Get our daily briefing delivered to your inbox."),
    ("news.chrome.en-newsletter", "Subscribe to our newsletter"),
    ("news.chrome.en-cta", "Subscribe now to our digital edition for the full story."),
    ("news.chrome.en-comment-form", "Your email address will not be published. Required fields are marked *"),
    ("news.chrome.en-comment-form", "Leave a Reply"),
    ("news.footer.en-disclosure", "Advertising disclosure: We may receive compensation for some of the links."),
    ("news.footer.en-disclosure", "Disclaimer: The views expressed here are the author's own."),
    ("news.chrome.en-buttons", "Print Recipe"),
    ("news.chrome.en-buttons", "Jump to RecipePrint Recipe"),
    ("news.footer.en-disclosure", "NOTE: The advertising disclaimer below does not apply to this article."),
    ("news.chrome.en-cta", "To view the full story, please subscribe to The Daily Example."),
    ("news.chrome.en-cta", "Follow The Example Times on Twitter and Instagram @ExampleTimes"),
    ("news.chrome.en-cta", "We want to hear what you think about this article."),
    ("news.chrome.en-cta", "If you enjoyed reading this post, share it with a friend."),
]

KEEP = [
    "他担任这本杂志的责任编辑已经十年，经手的稿件超过三千篇，见证了杂志从创刊到停刊的全过程。",
    "编辑部的同事们在深夜仍在核对每一个数据，力求报道准确无误。",
    "这些资金的来源：一是财政拨款，二是社会捐赠，三是企业自筹。",
    "记者在现场看到，救援人员正在清理倒塌的房屋，附近的居民已被转移到安全地带。",
    "作者在书中回忆了自己的童年，文字朴素而真挚。",
    "原标题已经无法考证，但这首诗的内容流传至今。",
    "图片来源于网络的说法并不准确，这张照片其实是记者本人拍摄的，拍摄时间是去年冬天。",
    "他说：“转载别人的文章时，一定要注明出处，这是对作者最起码的尊重。”大家纷纷点头表示赞同，会场气氛热烈。",
    "完成这项工作需要三年时间。",
    "他说，这些看法仅代表他个人的观点，并不代表公司的立场。",
    "后期制作",
    "证监会再次提醒投资者，市场有风险，投资需谨慎，切勿盲目跟风炒作。",
    "分析人士认为，该机构发布的报告不构成投资建议，投资者应独立判断。",
    "这部纪录片由中央电视台和地方电视台联合制作，历时三年完成。",
    "统筹兼顾，协调发展，是我们工作的基本方法。",
    "这篇文章发表于2019年5月4日，当时引起了很大的反响，很多读者写信讨论。",
    "By the end of the year, the council expects to have finished the first phase of the project.",
    "By Monday the team had finished the report.",
    "By contrast, the northern districts saw little change in rents over the same period.",
    "The advertisement ran in three newspapers before the election and drew hundreds of complaints.",
    "Residents can sign up for the program at any library, and the city will send a confirmation email "
    "within a week of registration so that families know where to go.",
    "The end of the story surprised everyone.",
    "She decided to leave a reply on the notice board, asking the council to reconsider the plan.",
    "The disclosure of the documents in March led to a public inquiry into the contracts.",
    "Print the recipe cards on thick paper so that they survive the kitchen.",
    "Follow the river on foot for three miles and you reach the old mill, where the trail ends.",
    "Readers who subscribe to the print edition often keep the paper for weeks before throwing it out.",
]


@pytest.mark.parametrize("rule_id,line", REMOVE)
def test_news_lines_are_matched(rule_id, line):
    assert matches(rule_id, line), f"{rule_id} does not match {line!r}"


@pytest.mark.parametrize("line", KEEP)
def test_sentences_with_the_same_words_stay(line):
    assert any_news_rule(line) is None


def test_pack_is_registered_and_can_be_disabled():
    ids = {r.id for r in RuleSet.builtin()}
    assert {r.id for r in news.RULES} <= ids
    page = "\n".join(["某市召开新闻发布会", KEEP[1], KEEP[3], "（责任编辑：王某）"])
    result = pagestrip.clean(page)
    assert any(r.rule == "news.metadata.credit" and r.kind is Kind.METADATA for r in result.removed)
    kept = pagestrip.clean(page, disable=["news.*"])
    assert "（责任编辑：王某）" in "\n".join(a.text for a in kept.articles)


def test_news_page_in_html_keeps_the_story_and_drops_its_furniture():
    body = "".join(f"<p>{p}</p>" for p in (KEEP[1], KEEP[3], KEEP[4]))
    html = (
        f"<html><body><div class='main'><h1>某市召开新闻发布会</h1><p>来源：新华社</p>{body}"
        f"<p>（完）</p><p>（责任编辑：王某）</p><p>转载请注明出处。</p></div></body></html>"
    )
    result = pagestrip.clean(html)
    text = "\n".join(a.text for a in result.articles)
    for p in (KEEP[1], KEEP[3], KEEP[4]):
        assert p in text
    for gone in ("来源：新华社", "（完）", "责任编辑", "转载请注明"):
        assert gone not in text


def test_what_a_button_leaves_on_its_line_is_judged_as_a_line() -> None:
    # 【纠错】 is a button (an inline rule); the editor credit after it is a line's shape.
    body = "新时代的中国，日新月异。这里是第一段正文，讲述快递业务量再超千亿件的情况，以及消费的新趋势。"
    result = pagestrip.clean(f"{body}\n【纠错】  【责任编辑:吴咏玲 】\n")
    assert result.text == body
    assert [r.rule for r in result.removed] == ["zh.chrome.bracket-button", "news.metadata.credit"]


def test_a_sentence_that_lost_a_button_stays() -> None:
    # the rest of a line is tried only in one piece, and a sentence is no line shape
    line = "记者从会上获悉，全市快递业务量再创新高，同比增长两成以上。"
    result = pagestrip.clean(f"{line}【纠错】\n")
    assert result.text == line


@pytest.mark.parametrize(
    "line", ["继续滑动看下一个轻触阅读原文", "东丰公安向上滑动看下一个", "预览时标签不可点 阅读原文"]
)
def test_a_wechat_posts_widget_texts_run_together_go(line: str) -> None:
    body = "为深入开展宣传工作，4月12日，东丰县社会各界100余名代表齐聚县农民画馆，举行主题创作展览。"
    result = pagestrip.clean(f"{body}\n{line}\n")
    assert result.text == body
    assert [r.rule for r in result.removed] == ["zh.chrome.wechat"]


def test_reading_the_original_in_a_lesson_plan_stays() -> None:
    line = "学生自由阅读原文，圈画出不认识的字词。"
    assert pagestrip.clean(line).text == line
