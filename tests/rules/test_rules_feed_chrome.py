"""Listing chrome around a story: zh.chrome.pager with bar separators, zh.related.teaser-more
closed by a 【详细】 link, common.edge.counter with the figure in brackets (浏览 (640)); on a
page built from invented lines. A line of text that only mentions the words stays."""

from __future__ import annotations

import pytest

import pagestrip

BODY = [
    "今天，我们在这里召开全区创建全国文明城市动员大会，主要任务是学习贯彻全市动员大会精神，安排部署我区创建工作。",
    "全国文明城市是国家城市综合评比的最高荣誉，是反映城市综合实力和整体文明程度的重要标尺，各部门要切实提高政治站位。",
    "同志们，创建全国文明城市既是一项政治任务，更是一场必须打赢的硬仗，大家要全民动员，全力以赴，坚决完成各项创建任务。",
]


def removed_by(line: str, where: int) -> list[str]:
    """The rules that removed ``line`` put after body paragraph ``where`` (-1: after the last)."""
    at = len(BODY) if where < 0 else where + 1
    body = [*BODY[:at], line, *BODY[at:]]
    result = pagestrip.clean("\n".join(["在全区创建全国文明城市动员大会上的讲话", *body]))
    return [r.rule for r in result.removed if line in r.text or r.text in line]


@pytest.mark.parametrize(
    "line",
    ["首页 | 上一页 1 下一页 | 尾页", "首页｜上一页｜2｜3｜下一页｜尾页", "上一页 1 2 3 下一页"],
)
def test_pager_links_split_by_bars_are_chrome_between_paragraphs(line: str) -> None:
    assert "zh.chrome.pager" in removed_by(line, 1)


def test_a_summary_closed_by_a_details_link_is_a_teaser() -> None:
    line = "近日，河南、山东等地小麦进入成熟期，陆续开镰收割。【详细】"
    assert "zh.related.teaser-more" in removed_by(line, 1)


@pytest.mark.parametrize(
    "line",
    [
        "详细内容请见附件，各单位要认真对照上一页所列的工作要求，逐项抓好落实，确保首页公示的目标按期完成。",
        "会议要求，各单位要把【详细】规定落到实处，确保各项工作任务按期完成，不折不扣地推进下去。",
    ],
)
def test_text_that_only_mentions_the_words_stays(line: str) -> None:
    assert removed_by(line, 1) == []


@pytest.mark.parametrize("line", ["点赞 (5)", "评论(12)", "浏览 (640) | 评论 (3)", "Views (640)"])
def test_counters_with_bracketed_figures_go_at_the_end_of_the_page(line: str) -> None:
    assert "common.edge.counter" in removed_by(line, -1)


def test_a_bracketed_counter_between_paragraphs_is_not_an_edge_and_stays() -> None:
    assert removed_by("阅读(123)", 0) == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("【字体：大 中 小】", "zh.chrome.font-size"),
        ("字号：大 中 小", "zh.chrome.font-size"),
        ("字号减小 字号增大 打印", "zh.chrome.actions"),
        ("放大字体 缩小字体 收藏 分享", "zh.chrome.actions"),
    ],
)
def test_the_font_size_switcher_is_chrome_between_paragraphs(line: str, rule: str) -> None:
    assert rule in removed_by(line, 0)


def test_prose_about_font_sizes_stays() -> None:
    line = "公文的字号大小要统一，标题用二号字体，正文用三号字体，放大字体以后再缩小字体都要重新排版。"
    assert removed_by(line, 0) == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("点击上方蓝字关注我们", "zh.chrome.follow"),
        ("长按识别二维码关注我们", "zh.chrome.follow"),
        ("微信扫一扫关注该公众号", "zh.chrome.follow"),
        ("觉得不错，请点个“在看”吧", "zh.chrome.like-prompt"),
        ("分享 收藏 点赞 在看", "zh.chrome.actions"),
        ("预览时标签不可点", "zh.chrome.wechat"),
        ("阅读原文", "zh.chrome.wechat"),
        ("原创 张三 某某发布 2024-03-05 10:21 发表于北京", "zh.metadata.posted"),
        ("声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。", "news.footer.disclaimer"),
    ],
)
def test_the_furniture_of_a_scraped_wechat_post_goes(line: str, rule: str) -> None:
    assert rule in removed_by(line, -1)


@pytest.mark.parametrize(
    "line",
    [
        "我们要善于识别风险隐患，密切关注苗头性、倾向性问题，做到早发现、早处置。",
        "要持续关注群众反映强烈的问题，我们各级干部要沉到一线，扫清工作死角，点亮群众心灯。",
        "各单位要积极支持，欢迎社会各界朋友转发分享，共同参与文明城市创建。",
        "我在看材料的时候发现，有的单位对上级精神领会不深，落实不够有力。",
    ],
)
def test_speech_sentences_with_follow_and_like_words_stay(line: str) -> None:
    assert removed_by(line, 0) == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("[复制链接]", "zh.chrome.forum-buttons"),
        ("楼主 电梯直达", "zh.chrome.forum-buttons"),
        ("使用道具 举报", "zh.chrome.forum-buttons"),
        ("回复 支持 反对", "zh.chrome.forum-buttons"),
        ("快速回复 返回顶部 返回列表", "zh.chrome.forum-buttons"),
        ("本帖最后由 山野行者 于 2023-5-2 10:25 编辑", "zh.metadata.post-edited"),
        ("您需要登录后才可以回帖 登录 | 立即注册", "zh.chrome.forum"),
    ],
)
def test_a_forum_threads_buttons_and_notes_go(line: str, rule: str) -> None:
    assert rule in removed_by(line, 0)


def test_prose_with_forum_words_stays() -> None:
    line = "大家对这个方案有的支持、有的反对，我们要认真回复每一条意见，把沙发、板凳都搬到会场来听取意见。"
    assert removed_by(line, 0) == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("播报文章", "zh.chrome.platform-widgets"),
        ("广告", "zh.chrome.platform-widgets"),
        ("时长：01:45建议WIFI下打开", "zh.chrome.platform-widgets"),
        ("来自Android客户端", "zh.chrome.platform-widgets"),
        ("采纳数：152 获赞数：112", "zh.chrome.platform-widgets"),
        ("抢首赞 已赞过 已踩过<", "zh.chrome.platform-widgets"),
        ("3470dcd9633d568b93513904d6dfdcfa", "common.chrome.hash"),
        ("时间：2024.05.20 来源：某某电影网  分享到：", "zh.metadata.fields"),
        ("2023-07-07 02:46", "common.metadata.timestamp"),
        ("某某网(www.example.net)专稿，未经书面授权请勿转载。", "news.footer.reprint"),
        (
            "平台声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。",
            "news.footer.disclaimer",
        ),
        (
            "Notice: posted by a user of a platform, which only provides information storage services.",
            "news.footer.disclaimer",
        ),
    ],
)
def test_platform_furniture_and_notices_go(line: str, rule: str) -> None:
    assert rule in removed_by(line, -1)


def test_a_date_in_a_sentence_and_an_ad_mentioned_in_prose_stay() -> None:
    line = "2023年7月7日，市里召开广告行业座谈会，会议要求各单位规范户外广告设置，提升城市形象。"
    assert removed_by(line, 0) == []
