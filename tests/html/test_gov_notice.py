"""A government notice's own parts that look like chrome: its contact section (phone lines
under ``七、联系方式``), its attachment list (``附件：1.<a>…</a>`` then ``2.<a>…</a>``, all
link), and the standard meta tags China's government sites carry (SiteName, ArticleTitle)."""

from __future__ import annotations

import pagestrip

HEAD = (
    "<html><head><title>{title}</title>{meta}</head>"
    '<body><div class="nav"><a href="/">首页</a> <a href="/a">新闻</a></div>'
)
BODY = (
    '<div class="details-policy-box"><h1>关于举办宣传教育活动的通知</h1>'
    "<p>　　为深入贯彻落实有关精神，组织引导广大师生全面深入了解中华文明的历史，坚定文化自信，坚持守正创新，"
    "教育部决定举办宣传教育活动。现将有关事宜通知如下。</p>"
    "<p>　　各地各高校根据通知精神，结合实际制定工作方案，做好动员部署，按时完成报送工作，"
    "确保各项工作稳步推进、取得实效。</p>"
    "{tail}</div>"
)
FOOT = '<div class="foot"><p>版权所有：教育部 客服热线：010-66097000</p></div></body></html>'


def _page(tail: str, title: str = "关于举办宣传教育活动的通知", meta: str = "") -> str:
    return HEAD.format(title=title, meta=meta) + BODY.format(tail=tail) + FOOT


def _removed(result: pagestrip.Result) -> dict[str, str]:
    return {r.text: r.rule for r in result.removed}


def test_phone_lines_under_a_numbered_contact_heading_are_the_notices() -> None:
    tail = (
        "<p>　　<strong>七、联系方式</strong></p><p>　　上海交通大学：021-34206231</p>"
        "<p>　　教育部思想政治工作司：010-66096689</p>"
    )
    result = pagestrip.clean(_page(tail))
    assert "上海交通大学：021-34206231" in result.text
    assert "教育部思想政治工作司：010-66096689" in result.text


def test_a_phone_line_without_a_contact_heading_over_it_is_still_chrome() -> None:
    tail = "<p>　　联系我们</p><p>　　客服热线：010-66096689</p>"
    result = pagestrip.clean(_page(tail))
    assert _removed(result).get("客服热线：010-66096689") == "common.chrome.phone"


def test_a_notices_numbered_attachment_links_stay_with_their_label() -> None:
    tail = (
        '<p>　　附件：1.<a href="./W1.docx">知识竞答工作要求</a></p>'
        '<p>　　　　　2.<a href="./W2.docx">数字微展览、工作案例、视频微课等作品报送要求</a></p>'
        '<p>　　　　　3.<a href="./W3.docx">2024年高校宣传教育活动成果征集表</a></p>'
    )
    result = pagestrip.clean(_page(tail))
    for item in ("2.数字微展览", "3.2024年高校宣传教育活动成果征集表"):
        assert item in result.text, _removed(result)


def test_attachment_links_under_a_label_of_their_own_stay() -> None:
    tail = '<p>附件：</p><p>1.<a href="./W1.docx">知识竞答工作要求</a></p><p>2.<a href="./W2.docx">作品报送要求</a></p>'
    result = pagestrip.clean(_page(tail))
    assert "1.知识竞答工作要求" in result.text and "2.作品报送要求" in result.text


def test_a_numbered_link_list_that_no_kept_line_opens_is_still_a_link_list() -> None:
    tail = '<p>1.<a href="/x">某某新闻标题一二三四五</a></p><p>2.<a href="/y">某某新闻标题六七八九十</a></p>'
    result = pagestrip.clean(_page(tail))
    assert "某某新闻标题一二三四五" not in result.text


def test_a_government_sites_sitename_and_articletitle_meta_are_read() -> None:
    meta = (
        '<meta name="SiteName" content="中华人民共和国教育部">'
        '<meta name="ArticleTitle" content="关于举办宣传教育活动的通知">'
    )
    result = pagestrip.clean(_page("", title="通知公告", meta=meta))
    assert result.site == "中华人民共和国教育部"
    assert result.title == "关于举办宣传教育活动的通知"
