"""Page numbers glued mid-word (a converted document's) in text; never in HTML."""

from __future__ import annotations

import pagestrip

LINES = [
    "在全县春季农业生产工作会议上的讲话",
    "同志们:",
    "今天我们召开全县春季农业生产工作会议,主要任务是总结去1年工作,安排部署今年的重点任务。刚才,几位同志作了很好的发言。",
    "春耕生产事关全年粮食丰收,事关农民增2收。各乡镇要把春耕生产摆上重要位置,主要领导亲自抓,分管领导具体抓,确保各项措施落到实处。",
    "要抓好农资供应,严厉打击坑农害农行为;要抓好技术服务,组织农技人员深入田间地3头开展指导;要抓好水利设施维护,确保旱能浇、涝能排。",
]


def test_a_chain_of_numbers_a_page_apart_is_a_converted_documents_page_count() -> None:
    r = pagestrip.clean("\n".join(LINES) + "\n")
    assert [x.text for x in r.removed if x.rule == "page.glued-page-number"] == ["1", "2", "3"]
    assert "田间地头" in r.text


def test_in_html_the_numbers_are_the_pages_own() -> None:
    body = "".join(f"<p>{line}</p>" for line in LINES[1:])
    page = (
        f"<html><head><title>{LINES[0]}</title></head><body><article><h1>{LINES[0]}</h1>{body}</article></body></html>"
    )
    r = pagestrip.clean(page)
    assert not [x for x in r.removed if x.rule == "page.glued-page-number"]
    assert "田间地3头" in r.text
