"""Lines of a post's or reply's box: ``common.metadata.post-header`` (who, votes, where,
around a time to the minute) goes as metadata, while a sentence, a code line or a table row
that holds such a time stays; ``*.chrome.empty-state`` (an empty list's placeholder) goes
as chrome, while a sentence about having no comments stays.

Every case is invented; each shape is beside text that must stay."""

from __future__ import annotations

import pytest

import pagestrip

BODY = [
    "这部电影讲述了两个女孩从少年到中年的友谊，情节细腻，演员的表演也很自然。",
    "看完之后我想起了很多过去的朋友，有些人已经很久没有联系了。",
]


def rules_for(line: str) -> list[str]:
    result = pagestrip.clean("\n".join([BODY[0], line, BODY[1]]))
    return [r.rule for r in result.removed if r.text.strip() == line.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "6765  有用   小倪儿呼啦呼啦 看过   2024-04-07 13:19:20  贵州",
        "由 user8919发布于 2024-02-24 14:02:08",
        "老王 2023/5/6 08:15 来自北京",
        "and last updated 2013-12-30 16:42:01-05",
        "Posted by admin on 2021-03-04 09:30",
        "张三 回复于 2024年4月7日 13:19",
    ],
)
def test_a_post_header_is_metadata(line: str) -> None:
    assert rules_for(line) == ["common.metadata.post-header"]


@pytest.mark.parametrize(
    "line",
    [
        # a sentence without its full stop still has a sentence's words
        "会议定于2024年4月7日 14:00在县政府三楼会议室召开全体人员参加会议",
        # a sentence with its punctuation
        "我们约好2024-04-07 13:19在学校门口见面，结果他迟到了。",
        # code and a table row
        "period > '2020-08-01 17:00 UTC'::timestamptz",
        "200 │ 2020-08-01 18:00:00+00 │ 4084",
        # a date without a clock time is no stamp
        "小倪儿 看过 2024-04-07 贵州",
        # an English sentence that happens to have no punctuation
        "The committee agreed that the new schedule would start on 2024-04-07 13:00 for every team",
    ],
)
def test_lines_with_a_time_that_are_not_headers_stay(line: str) -> None:
    assert "common.metadata.post-header" not in rules_for(line)


def test_a_bare_timestamp_is_still_the_timestamp_rule() -> None:
    assert rules_for("2024-04-07 13:19") == ["common.metadata.timestamp"]


def test_the_rule_can_be_disabled() -> None:
    line = "6765  有用   小倪儿呼啦呼啦 看过   2024-04-07 13:19:20  贵州"
    result = pagestrip.clean("\n".join([BODY[0], line, BODY[1]]), disable=["common.metadata.post-header"])
    assert line in "\n".join(a.text for a in result.articles)


def test_a_language_pack_names_a_header_it_knows_first() -> None:
    # The fallback rule comes after every pack: 发表于 is zh.metadata.posted's word.
    assert rules_for("发表于 2024-02-24 14:02") == ["zh.metadata.posted"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("(=￣ω￣=)··· 暂无内容！", "zh.chrome.empty-state"),
        ("还没有评论，快来抢沙发~", "zh.chrome.empty-state"),
        ("No comments yet. Be the first to comment!", "en.chrome.empty-state"),
    ],
)
def test_an_empty_lists_placeholder_is_chrome(line: str, rule: str) -> None:
    assert rules_for(line) == [rule]


@pytest.mark.parametrize(
    "line",
    [
        "暂无内容的时候我们要耐心等待，不要着急。",
        "There are no comments on this tragedy that could ease the pain of the families.",
    ],
)
def test_a_sentence_about_no_comments_stays(line: str) -> None:
    assert rules_for(line) == []
