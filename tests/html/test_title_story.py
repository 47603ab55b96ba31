"""html.region: the title's own story beside a longer one under its own ``h1`` (the next
story of an endless-scroll page, a recommended story printed whole). No class words: the
pages are built the way a CSS-module site prints them."""

from __future__ import annotations

import pagestrip

_TITLE = "美官员否认直升机事故存在谋杀行为"
_STORY = (
    "据美国全国广播公司报道，直升机发生事故后，美参议院多数党领袖表示，已从情报部门获悉，"
    "没有证据表明该事件中存在谋杀行为。他称，事发地点天气糟糕，大雾弥漫，所以这看起来像是一起事故，"
    "但全面调查仍在进行中。"
)
_OTHER_TITLE = "31岁在春晚一炮而红，观众都以为他隐退了，其实已经去世10年了"
_OTHER = [
    "如果说在中国传唱度最高的歌曲，那这一首歌绝对算得上是家喻户晓，那就是《外婆的澎湖湾》，几代人都会唱。",
    "这首歌有很多明星都翻唱过，但这首歌其实原唱是潘安邦，可能很多人对这个名字已经不太熟悉了。",
    "一九六一年，他出生于一个军人家庭，自幼受到了良好的教育，从小就对唱歌产生了浓厚的兴趣。",
    "高中毕业后，他毅然决然地走上了音乐的道路，签约了唱片公司，同时也遇到了他生命中的贵人。",
    "那位音乐制作人听闻他童年与外婆祖孙情深的故事之后，立刻萌发了创作的念头，很快写成了这首歌。",
    "那个年代网络并不发达，要想被更多人知道，登上春节联欢晚会几乎是唯一的捷径，他做到了。",
    "在事业上有了成就之后，爱情也随之而来，他在一次海外演出中认识了后来的妻子，两人一见如故。",
    "后来他两次身患重病，妻子一直陪在身边尽心照顾，他去世后，家人按照他的遗愿为他举行了海葬。",
]


def _page(other: str) -> str:
    return (
        f"<html><head><title>{_TITLE}</title></head><body>"
        '<div class="a"><a href="/">首页</a> <a href="/n">新闻</a> <a href="/v">视频</a></div>'
        '<div class="b"><div class="c">'
        f'<div class="d"><h1>{_TITLE}</h1><div class="e"><div>中国新闻网</div><div>2024-05-20 13:09</div></div>'
        f'<div class="f"><p>{_STORY}</p></div></div>'
        f"{other}"
        "</div></div></body></html>"
    )


def _other_story() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _OTHER)
    return (
        f'<div class="g"><div class="h"><h1>{_OTHER_TITLE}</h1>'
        '<div class="i"><div>贵圈姨太</div><div>2023-06-01 00:48</div></div>'
        f'<div class="j"><div class="k">{paragraphs}</div></div></div></div>'
    )


def test_the_titles_short_story_wins_over_a_longer_one_under_its_own_h1() -> None:
    result = pagestrip.clean(_page(_other_story()))
    text = "\n".join(a.text for a in result.articles)
    assert _STORY in text
    assert not any(p in text for p in _OTHER)
    assert _OTHER_TITLE not in text
    assert result.title == _TITLE


def test_h1_sections_of_the_post_itself_are_the_story() -> None:
    # A post written in Markdown heads its sections with h1: they head nothing outside it.
    sections = "".join(f"<h1>第{n}节</h1><p>{p}</p>" for n, p in enumerate(_OTHER, 1))
    page = _page("").replace(f"<p>{_STORY}</p>", f"<p>{_STORY}</p>{sections}")
    text = "\n".join(a.text for a in pagestrip.clean(page).articles)
    assert _STORY in text
    assert all(p in text for p in _OTHER)


def test_an_h1_under_the_stories_first_paragraphs_heads_no_story_of_its_own() -> None:
    # A "更多" h1 inside the long story, below its first paragraphs: the long story has no
    # title of its own, and the page's best candidate stands.
    body = "".join(f"<p>{p}</p>" for p in _OTHER[:3]) + "<h1>更多</h1>" + "".join(f"<p>{p}</p>" for p in _OTHER[3:])
    other = f'<div class="g"><div class="h"><div class="j"><div class="k">{body}</div></div></div></div>'
    text = "\n".join(a.text for a in pagestrip.clean(_page(other)).articles)
    assert all(p in text for p in _OTHER)
