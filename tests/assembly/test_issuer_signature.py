"""An official notice is titled ``X关于Y的通知`` and signed with its issuer X at its end: the
signature is the notice's closing line, not a repeat of its title (nor of the title's first
line, when the headline is broken over lines with ``<br>``)."""

from __future__ import annotations

import pagestrip

BODY = [
    "各省、自治区、直辖市教育厅（教委），部属各高等学校：",
    "为深入贯彻落实有关精神，组织引导广大师生全面深入了解中华文明的历史，教育部决定举办宣传教育活动。现将有关事宜通知如下。",
    "各地各高校根据通知精神，结合实际制定工作方案，做好动员部署，按时完成报送工作，确保各项工作稳步推进、取得实效。",
]


def _page(headline: str, *tail: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in [*BODY, *tail])
    return f'<html><body><div class="article"><h1>{headline}</h1>{paras}</div></body></html>'


def test_the_issuers_signature_under_the_notice_stays() -> None:
    result = pagestrip.clean(
        _page("教育部办公厅关于举办<br>2024年高校宣传教育活动的通知", "教育部办公厅", "2024年6月4日")
    )
    assert "教育部办公厅" in result.text.split("\n")


def test_the_title_printed_again_is_still_a_repeat() -> None:
    result = pagestrip.clean(_page("教育部办公厅关于举办宣传教育活动的通知", "教育部办公厅关于举办宣传教育活动的通知"))
    assert any(r.rule == "dedupe.title" for r in result.removed)
