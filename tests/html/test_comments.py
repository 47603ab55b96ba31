"""Comment sections found by their shape (``html/comments.py``), on pages whose class names
say nothing: a story's dated comment list goes; a thread's replies, same shape, stay."""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip.html.comments import declares_thread
from pagestrip.html.nodes import Block

PROSE = [
    "今天召开全县安全生产工作会议，主要任务是分析当前安全生产形势，部署下一阶段工作。刚才，各部门作了汇报，我都同意。",
    "一、提高认识，切实增强做好安全生产工作的责任感。安全生产事关人民群众生命财产安全，各级各部门必须时刻绷紧这根弦。",
    "二、突出重点，扎实开展隐患排查整治。要盯住重点行业、重点领域、重点时段，对排查出的问题建立台账，逐项整改到位。",
]
COMMENTS = [
    "说得太好了，安全生产确实是头等大事，我们单位也要认真学习贯彻落实会议精神。",
    "希望各地都能把隐患排查整治落到实处，不要只是停留在纸面上，要真抓实干才行。",
    "支持！去年我们县就因为排查不到位出过事故，教训非常深刻，必须引起高度重视。",
    "会议部署很及时，关键在于落实，建议加大督查力度，对失职渎职的要严肃问责。",
]
TITLE = "全县安全生产工作会议讲话"


def page(stamps: list[str], title: str = TITLE, head: str = "") -> str:
    """A story and, in the same wrapper, a list of reader comments: hashed-looking class
    names, no heading naming the list; each item a name, the words and ``stamps[i]``."""
    items = "".join(
        f"<div class='kz'><div class='qa'><span>读者{i}号</span></div><p>{c}</p><div class='qb'>{stamps[i]}</div></div>"
        for i, c in enumerate(COMMENTS)
    )
    story = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f"<html><head><title>{title}</title>{head}</head><body><div class='w'><div class='s'><h1>{TITLE}</h1>"
        f"{story}</div><div class='cl'>{items}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "stamps",
    [
        [f"2024-05-1{i} 10:2{i}" for i in range(4)],
        [f"{i + 1}小时前" for i in range(4)],
        [f"5月1{i}日" for i in range(4)],
        [f"{i + 2} days ago" for i in range(4)],
    ],
)
def test_a_dated_comment_list_under_the_story_goes(stamps):
    result = pagestrip.clean(page(stamps))
    assert all(p in result.text for p in PROSE)
    assert not any(c in result.text for c in COMMENTS)
    assert {r.rule for r in result.removed if r.text in COMMENTS} == {"html.chrome"}


@pytest.mark.parametrize(
    "item",
    [
        "<div class='kz'><div class='qa'><b>读者{i}号</b> <i>2024-05-1{i} 10:2{i}</i></div><p>{c}</p></div>",
        "<div class='kz'><div class='qa'>jsmith{i} · {n}h ago</div><p>{c}</p></div>",
    ],
)
def test_a_name_on_the_dates_line_signs_a_comment(item):
    items = "".join(item.format(i=i, n=i + 1, c=c) for i, c in enumerate(COMMENTS))
    story = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div class='w'><div class='s'><h1>{TITLE}</h1>"
        f"{story}</div><div class='cl'>{items}</div></div></body></html>"
    )
    text = pagestrip.clean(html).text
    assert all(p in text for p in PROSE) and not any(c in text for c in COMMENTS)


def test_items_without_dates_are_not_a_comment_list():
    result = pagestrip.clean(page([f"读者来信{i}" for i in range(4)]))
    assert all(c in result.text for c in COMMENTS)


@pytest.mark.parametrize(
    ("title", "head"),
    [
        (f"{TITLE} - 示例论坛", ""),
        (f"{TITLE} - Example Forums", ""),
        (TITLE, "<meta name='generator' content='Discuz! X3.4'>"),
        (TITLE, '<script type="application/ld+json">{"@type": "QAPage", "name": "x"}</script>'),
        (TITLE, '<script type="application/ld+json">{"@type": ["WebPage", "QAPage"]}</script>'),
    ],
)
def test_on_a_page_that_says_it_is_a_thread_the_replies_stay(title, head):
    result = pagestrip.clean(page([f"2024-05-1{i} 10:2{i}" for i in range(4)], title, head))
    assert all(c in result.text for c in COMMENTS)


def test_thread_furniture_lines_declare_a_thread():
    lines = [Block(t) for t in ("楼主", "只看该作者", PROSE[0])]
    assert declares_thread({}, lines)
    # A post that mentions 楼主 is not furniture.
    assert not declares_thread({}, [Block("我觉得楼主说得很有道理，这个问题确实值得大家认真讨论一下。")] * 3)


def test_a_threads_replies_below_the_first_post_are_kept_by_their_shape():
    # A forum (by its title) whose reply boxes have no names: the dated list of boxes built
    # alike, outside the first post's region, is the thread's replies.
    items = "".join(
        f"<div class='kz'><div class='qa'><span>读者{i}号</span></div><p>{c}</p><div>2024-05-1{i}</div></div>"
        for i, c in enumerate(COMMENTS[:3])
    )
    post = "".join(f"<p>{p}</p><p>{p.replace('。', '；')}</p>" for p in PROSE)
    page = (
        f"<html><head><title>{TITLE} - 示例论坛</title></head><body><div class='m'><div class='s'>"
        f"<h1>{TITLE}</h1>{post}</div></div><div class='z'><div class='cl'>{items}</div></div></body></html>"
    )
    result = pagestrip.clean(page)
    assert all(c in result.text for c in COMMENTS[:3])
    assert not any(f"读者{i}号" in result.text for i in range(3))  # names are no reply


UPDATES = [
    "Council member Alvarez opened the debate by arguing that the plan fails the eastern neighborhoods.",
    "Public comment began with more than sixty people signed up to speak, most of them daily bus riders.",
    "The transit director answered questions about the budget, saying state grants would pay for it.",
    "After a short recess the council began considering amendments, including one to restore a route.",
    "The final vote was seven to two in favor, and the mayor thanked residents for their patience.",
]
LEAD = (
    "The city council voted on Tuesday night to approve the new transit plan after a marathon session "
    "that stretched past midnight, with residents lining up to speak both for and against the proposal."
)


@pytest.mark.parametrize(
    "item",
    [
        "<div class='upd'><div class='ts'>{stamp}</div><p>{text}</p></div>",  # a live blog's updates
        "<div class='rel'><h3>v2.{i}.0 — 2024-03-0{i}</h3><p>{text}</p></div>",  # a changelog's versions
        "<div class='upd'><div class='ts'>{stamp}</div><h3>Update {i}</h3><p>{text}</p></div>",  # headed updates
        "<div class='upd'><div class='ts'>{stamp}</div><p>{text}</p><div class='sh'>Share</div></div>",
    ],
)
def test_dated_sections_of_the_story_are_not_comments(item):
    # Each box holds a date and its text only, no name or button beside them: the story.
    stamps = ["11:42 PM", "10:15 PM", "9:30 PM", "8:05 PM", "7:00 PM"]
    boxes = "".join(item.format(stamp=s, text=t, i=i + 1) for i, (s, t) in enumerate(zip(stamps, UPDATES, strict=True)))
    page = (
        "<html><head><title>Live: council votes on transit plan</title></head><body><div class='main'>"
        f"<h1>Live: council votes on transit plan</h1><div class='lead'><p>{LEAD}</p></div>"
        f"<div class='feed'>{boxes}</div></div></body></html>"
    )
    text = pagestrip.clean(page).text
    assert LEAD in text and all(u in text for u in UPDATES)


def test_blocks_out_of_node_order_do_not_hide_a_comment_list():
    # Text after a child element belongs to its parent, so the blocks' nodes are not in
    # order (责任编辑 after the list is the wrapper's); the comment list is found all the same.
    links = "".join(f"<li><a href='/{i}'>栏目{i}</a></li>" for i in range(15))
    html = page([f"2024-05-1{i} 10:2{i}" for i in range(4)]).replace(
        "</div></div></body>", f"</div>责任编辑：张三</div><ul class='zz'>{links}</ul></body>"
    )
    assert not any(c in pagestrip.clean(html).text for c in COMMENTS)


@pytest.mark.parametrize(
    "title",
    [
        "朝阳区某社区开展垃圾分类宣传活动 - 示例新闻网",
        "某社区开展垃圾分类宣传活动_社区新闻_示例新闻网",
        "Residents rally for new park - Community - Example Gazette",
        "Interview | Q&A with the new mayor - Example Times",
    ],
)
def test_a_story_or_section_that_says_community_does_not_make_a_thread(title):
    assert not declares_thread({"title": title}, [])


@pytest.mark.parametrize(
    "title",
    [
        "泡泡详情 | 泡泡 - 一个清新文艺的微社区",
        "讲话-示例论坛",
        "讲话—示例社区",
        "讲话 » Example Forums",
        "讲话 · 示例社区",
    ],
)
def test_a_forums_name_after_the_title_makes_a_thread(title):
    assert declares_thread({"title": title}, [])
    assert declares_thread({"og:site_name": "Example Forums"}, [])


def test_on_a_thread_a_dated_list_of_teasers_is_no_reply():
    # A forum's page, and under the first post a related-news list: linked headline, summary,
    # date in every item. Dated boxes built alike, but teasers, not replies.
    rel = [
        (
            "海淀区启动老旧小区改造工程",
            "海淀区今年将对三十个老旧小区进行综合整治，涉及居民一万余户，改造内容包括外墙保温和加装电梯。",
        ),
        (
            "丰台区新建三座口袋公园开放",
            "丰台区新建的三座口袋公园日前正式向市民开放，公园内设置了健身步道、儿童游乐设施和休闲座椅。",
        ),
        (
            "西城区推出社区养老服务新举措",
            "西城区推出多项社区养老服务新举措，包括助餐、助浴、助医等上门服务，惠及辖区内的独居老人。",
        ),
        (
            "东城区胡同环境整治取得成效",
            "东城区持续推进背街小巷环境整治提升，拆除违法建设，规范停车秩序，胡同面貌焕然一新。",
        ),
    ]
    items = "".join(
        f"<div class='it'><div><a href='/{i}'>{h}</a></div><p>{s}</p><div>2024-05-1{i} 09:30</div></div>"
        for i, (h, s) in enumerate(rel)
    )
    story = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        f"<html><head><title>{TITLE} - 示例论坛</title></head><body><div class='w'><div class='s'><h1>{TITLE}</h1>"
        f"{story}</div></div><div class='zz'><div class='lst'>{items}</div></div></body></html>"
    )
    text = pagestrip.clean(html).text
    assert all(p in text for p in PROSE) and not any(s in text for _, s in rel)


def test_on_a_forum_by_its_name_replies_in_boxes_named_comment_stay():
    # The forum says what it is in its <title>; its reply boxes are named ``comment``: they
    # are the thread's posts, as they are on a page whose markup says ``thread``.
    post = "".join(f"<p>{p}</p>" for p in PROSE)
    replies = "".join(
        f"<tr><td><div class='meta'><a href='/u/{i}'>读者{i}号</a> 3 天前</div><div class='comment'>{c}</div></td></tr>"
        for i, c in enumerate(COMMENTS[:3])
    )
    html = (
        f"<html><head><title>{TITLE} | 示例论坛</title></head><body><table class='post'><tr><td>{post}</td></tr>"
        f"</table><table class='comment-tree'>{replies}</table></body></html>"
    )
    text = pagestrip.clean(html).text
    assert all(c in text for c in COMMENTS[:3])
    story = html.replace(f"{TITLE} | 示例论坛", f"{TITLE} | 示例新闻网")
    assert not any(c in pagestrip.clean(story).text for c in COMMENTS[:3])  # a story's comments still go


def test_floor_headers_say_thread_under_a_long_notice() -> None:
    """A board's rules box above the posts holds the page's longest prose; the floors'
    headers (1楼 大 中 小 发表于 …) still say the page is a thread, so its posts stay."""
    notice = (
        "<div class='ad_text'><table><tr><td><b>发布新话题与讨论建议</b><br>欢迎发布有讨论和阅读价值的话题；"
        "不欢迎嘲弄他人、挑起争吵或者重复发帖的话题。<br>讨论的目的是把问题弄清楚，不是为了争输赢；不做人身攻击；"
        "保持主题；提出观点时要给出证据和出处；允许别人提出不同的意见，也要尽量理解对方的出发点。<br>"
        "本版不删除用户已经发表的言论；用户可以删除自己发表的内容；版主会把重复的话题合并到一起，方便大家查找。"
        "</td></tr></table></div>"
    )
    posts = [
        "现在能用https就用https，能翻墙用国外IP就用国外IP。",
        "对~下载的话，除非是付费的，不然，不可能做到无代理那样快~~~",
        "我设想的是在云主机上自己搭一个代理。。。",
    ]
    floors = "".join(
        f"<div class='mainbox viewthread'><table id='pid{i}'><tr><td class='postauthor'><cite>"
        f"<a href='space.php?uid={i}'>user{i}</a></cite></td><td class='postcontent'><div class='postinfo'>"
        f"<strong>{i}楼</strong> 大 中 小 发表于 2010-1-1{i} 14:41 <a href='#'>只看该作者</a></div>"
        f"<div class='postmessage'><div class='t_msgfont'>{text}</div></div></td></tr></table></div>"
        for i, text in enumerate(posts, 1)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>哪种手段最安全？ - 研究所 - example.com</title></head><body>"
        f"{notice}<form method='post'><h1>哪种手段最安全？</h1>{floors}</form></body></html>"
    )
    text = pagestrip.clean(html).text
    assert all(p in text for p in posts)
    assert "欢迎发布有讨论和阅读价值的话题" not in text
