"""A thread dumped as text or Markdown: a reply that quotes the post it answers prints the
post again, inside ``<blockquote>`` tags the scraper left or after ``> ``. The post is the
original; the quote is the copy. The threads are invented here."""

from __future__ import annotations

import pagestrip

OPENING = "新版的开源模型系列已经发布，这一版专门为对话和角色扮演设计，大家可以下载下来试试看。"
QUESTION = "顺便我问一下，这个模型能在自己的笔记本上跑吗？"
ANSWER = "不行，这个模型的显存需求比较大，笔记本上的显卡带不动，建议租一台云服务器来跑。"


def _thread(quote: list[str]) -> str:
    posts = [
        ["#### alice", OPENING],
        ["#### bob", QUESTION],
        ["#### carol", *quote, ANSWER],
    ]
    return "\n\n*****\n\n".join("\n\n".join(p) for p in posts)


def test_a_post_quoted_in_blockquote_tags_stays() -> None:
    result = pagestrip.clean(_thread([f"<blockquote>bob 发表于 2024-6-20 15:57\n{QUESTION}</blockquote>"]))
    assert QUESTION in result.text.split("\n")
    assert not [r for r in result.removed if r.rule.startswith("dedupe.")]


def test_a_post_quoted_with_markdown_marks_stays() -> None:
    result = pagestrip.clean(_thread([f"> {QUESTION}还有别的办法吗"]))
    assert QUESTION in result.text.split("\n")
    assert not [r for r in result.removed if r.rule.startswith("dedupe.")]


def test_an_opening_said_again_outside_any_quote_is_still_an_abstract() -> None:
    """Without a quote, a short line that the longer line below opens with is its abstract."""
    page = "\n\n".join([OPENING, QUESTION, QUESTION + "我试了一下，内存不够，程序直接就退出了，没有任何提示。", ANSWER])
    result = pagestrip.clean(page)
    assert [r.rule for r in result.removed] == ["dedupe.abstract"]
