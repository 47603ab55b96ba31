"""html.region: a thread's short replies. The thread is found by its long posts (repeated
boxes that score as posts, away from the first post's); a reply too short to score as one
(一样的经历！) sits among them in the same box and is a reply all the same."""

from __future__ import annotations

import pagestrip

_FIRST = (
    "我出生在南方的一个农村，小时候家里很穷，爸妈每天起早贪黑地干活，就是为了供我和哥哥上学。"
    "那时候一个学期的学费要五百块左右，对农村家庭来说是一笔很大的开销，妈妈总是念叨让我们好好读书。"
)
_LONG = [
    "那时候爸爸在集市上摆摊，卖过老鼠药，卖过花，卖过鸡，只要能赚钱的都卖，后来生意越来越不好做，"
    "爸妈就随大流到城里打工去了，我的童年也就从那时候结束了。",
    "很佩服你的父母，不要觉得自己可怜，他们能把你们兄妹俩都供上大学已经很不容易了，"
    "现在的日子都是一步一步熬出来的，你应该为自己感到骄傲。",
    "我也是九十年代在农村上的学，那时候学费才几十块钱，后来涨得很快，"
    "家里为了凑学费卖过粮食也借过钱，看到你写的这些真是感同身受。",
]
_SHORT = "一样的经历！"


def _floor(n: int, text: str) -> str:
    return (
        f'<div class="atl-item"><div class="atl-head"><a href="/u/{n}">user{n}</a></div>'
        f'<div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content">{text}</div>'
        f'<div class="atl-reply">举报 | {n}楼 | 回复</div></div></div></div>'
    )


def test_a_short_reply_among_the_threads_long_ones_stays() -> None:
    floors = [_floor(1, _LONG[0]), _floor(2, _SHORT), _floor(3, _LONG[1]), _floor(4, _LONG[2])]
    page = (
        "<html><head><title>我是怎么从农村一步步走出来的</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/bbs">论坛</a></div>'
        '<div class="atl-main"><div class="atl-item host-item"><h1>我是怎么从农村一步步走出来的</h1>'
        '<div class="atl-content"><div class="atl-con-bd clearfix">'
        f'<div class="bbs-content clearfix">{_FIRST}</div></div></div></div>'
        f"{''.join(floors)}</div></body></html>"
    )
    text = "\n".join(a.text for a in pagestrip.clean(page).articles)
    assert _FIRST in text
    assert all(t in text for t in _LONG)
    assert _SHORT in text.split("\n")
