"""pagemeta: the page's date from the short lines under its title, as sites print it in
English, day first with full stops (most of Europe), and with German, French or Spanish
month names; the site's name from the part of the <title> that names one."""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip.pagemeta import title_part

_BODY = (
    "<p>Der Verein hat am Wochenende sein Sommerfest gefeiert, mit vielen Gästen aus der Stadt und "
    "einem Programm für Kinder und Erwachsene, das bis in den späten Abend dauerte.</p>"
    "<p>Im nächsten Jahr soll das Fest wieder stattfinden, kündigte der Vorsitzende an, und dann "
    "sollen auch die Nachbarvereine eingeladen werden, die in diesem Jahr nicht kommen konnten.</p>"
)


def _page(stamp: str) -> str:
    return (
        "<html><head><title>Sommerfest im Verein</title></head><body>"
        f"<div><h1>Sommerfest im Verein</h1><small>{stamp}</small>{_BODY}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("11.09.2011, 16:20 von jovelstefan", "2011-09-11"),
        ("24. März 2004, 19:49 | Genesis", "2004-03-24"),
        ("Publié le 3 août 2019", "2019-08-03"),
        ("1 de diciembre de 2017", "2017-12-01"),
        ("September 11, 2011", "2011-09-11"),
        ("August 13th, 2011 by Jane Doe", "2011-08-13"),
        ("Posted 1st Nov 2009", "2009-11-01"),
        ("2011-09-11 16:20", "2011-09-11"),
        ("30/01/2017 02h02", "2017-01-30"),
        ("12/25/2017 | Jane Doe", "2017-12-25"),
    ],
)
def test_the_date_under_the_title(stamp: str, date: str) -> None:
    assert pagestrip.clean(_page(stamp)).date == date


@pytest.mark.parametrize("stamp", ["31.02.2011", "29.02.2023, 10:00", "Seite 1 von 12", "03/04/2017"])
def test_no_date_where_there_is_none(stamp: str) -> None:
    # 31 February and 29 February 2023 are no days of the calendar.
    assert pagestrip.clean(_page(stamp)).date is None


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("46城将实施垃圾分类_国内新闻_山西新闻网 - 主流媒体 山西门户", "山西新闻网"),
        ("台湾选举结果揭晓 - BBC中文网 - 两岸三地", "BBC中文网"),
        ("夏季饮食注意事项_饮食_39健康网", "39健康网"),
        ("Storm knocks out power | Metro Herald", "Metro Herald"),
        ("Storm knocks out power • Metro Herald", "Metro Herald"),
    ],
)
def test_the_site_is_the_title_part_that_names_one(title: str, site: str) -> None:
    # A tagline or a section after the site's name is not its name.
    page = _page("").replace("<title>Sommerfest im Verein</title>", f"<title>{title}</title>")
    assert pagestrip.clean(page).site == site


def test_every_other_month_stem_has_its_number() -> None:
    from pagestrip.pagemeta import OTHER_MONTHS
    from pagestrip.vocabulary import OTHER_MONTH_STEMS

    assert set(OTHER_MONTH_STEMS.split("|")) == set(OTHER_MONTHS)


def _article(before_title: str = "", after_title: str = "", after_body: str = "") -> str:
    return (
        "<html><head><title>Sommerfest im Verein</title></head><body><article>"
        f"{before_title}<h1>Sommerfest im Verein</h1>{after_title}{_BODY}{after_body}</article></body></html>"
    )


@pytest.mark.parametrize(
    "page",
    [
        # over the headline, with the author and the comment count (heise)
        _article(before_title='<time datetime="2010-11-17T18:00:00+01:00">vor 3 Stunden</time> <span>hb</span>'),
        # in the byline under it, the text relative (MSN's "1 day ago")
        _article(after_title='<p>Von Anna Berg · <time datetime="2010-11-17">gestern</time></p>'),
        # marked as the publication's, in an aside after the story (golem's pubdate)
        _article(after_body='<aside><time pubdate datetime="2010-11-17">17.11.10</time></aside>'),
        _article(after_body='<aside><time itemprop="datePublished" datetime="2010-11-17">Mi</time></aside>'),
    ],
)
def test_the_date_from_a_time_element_of_the_article(page: str) -> None:
    assert pagestrip.clean(page).date == "2010-11-17"


@pytest.mark.parametrize(
    "page",
    [
        # an update's time is not the publication's
        _article(after_title='<p><time itemprop="dateModified" datetime="2010-11-18">aktualisiert</time></p>'),
        # far below the title: a comment's or a related story's time
        _article(after_body="<p>Kommentar von Jo</p>" * 6 + '<p><time datetime="2010-11-18">gestern</time></p>'),
    ],
)
def test_a_time_element_that_does_not_date_the_page(page: str) -> None:
    assert pagestrip.clean(page).date is None


@pytest.mark.parametrize(
    "name", ["parsely-pub-date", "sailthru.date", "citation_publication_date", "dcterms.date", "publish-date"]
)
def test_the_date_from_the_meta_names_other_cms_give_it(name: str) -> None:
    page = _page("").replace("<title>", f'<meta name="{name}" content="2010-11-17T18:00:00Z"><title>')
    assert pagestrip.clean(page).date == "2010-11-17"


def test_the_title_is_split_at_a_hyphen_after_a_chinese_closing_mark() -> None:
    title = "中共中央办公厅转发《关于认真组织学习的通知》"
    page = (
        f"<html><head><title>{title}-新华网</title></head><body><div class='h-title'>{title}</div>"
        "<p>各地区各部门要认真组织学习，深刻领会其中的精神实质，把学习成果转化为推动工作的实际行动。</p>"
        "<p>要坚持学以致用，紧密结合本地区本部门实际，扎实做好各项工作，以优异成绩迎接新的一年。</p></body></html>"
    )
    assert pagestrip.clean(page).title == title


_ESSAY = [
    "尊敬的各位来宾、各位亲朋好友：大家好！今天是我儿子和儿媳喜结良缘的大喜日子，我代表全家向各位表示感谢。",
    "希望你们在今后的生活中互敬互爱，互谅互让，用自己的聪明才智和勤劳双手创造美好的未来。",
]


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("导语:如何才能写好一篇致辞,欢迎阅读由公務員之家整理的十篇范文,供你借鉴。", "公務員之家"),
        ("当前位置:免费学习网实用文档各类稿件内容页", "免费学习网"),
        ("本站资料由用户上传,163文库仅提供信息存储空间,仅对用户上传内容的表现方式做保护处理。", "163文库"),
    ],
)
def test_the_site_a_removed_line_names_itself(line: str, site: str) -> None:
    assert pagestrip.clean("\n".join([line, *_ESSAY])).site == site


def test_a_news_source_field_is_not_the_site() -> None:
    assert pagestrip.clean("\n".join(["来源：中国新闻网", *_ESSAY])).site is None


def test_the_date_from_baidus_json_ld() -> None:
    ld = '<script type="application/ld+json">{"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld", '
    ld += '"pubDate": "2020-05-01T12:25:08", "upDate": "2020-05-03T08:00:00"}</script>'
    assert pagestrip.clean(_page("").replace("<title>", ld + "<title>")).date == "2020-05-01"


def test_a_title_that_names_the_site_first() -> None:
    page = (
        "<html><head><title>BBC News - Submarine escape</title>"
        '<meta name="OriginalPublicationDate" content="2011/12/02 00:03:39"/>'
        '<meta property="og:site_name" content="BBC News"/></head><body><div>'
        "<p>The clear waters of the Mediterranean were a death trap for British submarines in World War II, "
        "and many of them never came home.</p><p>Some were bombed from the air, others hunted with sonar and "
        "depth charges, and many, perhaps most, collided with mines.</p></div></body></html>"
    )
    result = pagestrip.clean(page)
    assert result.title == "Submarine escape"
    assert result.site == "BBC News"
    assert result.date == "2011-12-02"


@pytest.mark.parametrize(
    ("title", "part"),
    [
        (
            "Content Depth — Write Comprehensively About Your Core Topics | topicseed",
            "Content Depth — Write Comprehensively About Your Core Topics",
        ),
        ("Friday Facts #282 - 0.17 in sight | Factorio", "Friday Facts #282 - 0.17 in sight"),
        ("5月LPR按兵不动_经济_宏观频道首页_财经网 - CAIJING.COM.CN", "5月LPR按兵不动"),
        ("BBC News - Submarine escape", "BBC News"),
        ("为什么汤姆赫兰德被称为荷兰弟？ - 知乎", "为什么汤姆赫兰德被称为荷兰弟？"),
    ],
)
def test_a_title_with_a_bar_is_cut_at_the_bar_only(title: str, part: str) -> None:
    """A dash before a bar is the headline's own punctuation; without a bar, a dash cuts."""
    assert title_part(title, None) == part


def test_english_date_with_its_month_in_chinese() -> None:
    """A localized blog theme's English format with a Chinese month: 十一月 6th, 2009."""
    body = "<p>企业需要在内部培养领导者，这是一个长期的过程，需要耐心，也需要制度上的保障。</p>" * 3
    html = (
        "<html><head><title>企业如何培养领导者</title></head><body><h1>企业如何培养领导者</h1>"
        f'<span class="post-calendar">十一月 6th, 2009</span><div class="entry">{body}</div></body></html>'
    )
    assert pagestrip.clean(html).date == "2009-11-06"


def test_a_month_folder_and_an_article_number_are_no_date() -> None:
    """``/Linux/2017-11/148214.htm``: a month's folder, then the article's number, not
    2017-11-14; the page's own labelled date is read instead."""
    text = (
        "---\nurl: https://www.example.com/Linux/2017-11/148214.htm\n---\n\n# Linux ftp 安装及相关命令\n\n"
        "[日期：2017-11-03]\n\n"
        + "VSFTP是一个基于GPL发布的类Unix系统上使用的FTP服务器软件，编制者的初衷是代码的安全。\n\n"
        * 3
    )
    assert pagestrip.clean(text).date == "2017-11-03"
