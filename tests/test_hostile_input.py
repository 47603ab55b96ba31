"""Issue 11: hostile and broken input through the API — never a crash, never silent garbage.

Each test names the item of issue 11 it covers. Sizes are chosen to prove
linear behaviour (a quadratic path would take many seconds at these sizes)
while keeping the suite fast.
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

import pagestrip
from pagestrip import BinaryInputError, PagestripError, PageTimeoutError

ROOT = Path(__file__).resolve().parent.parent
#: The shared corpus sits beside the repository (CI clones it there too).
CORPUS = ROOT.parent / "shared" / "corpus" / "html" / "pages"


# ------------------------------------------------------------- 1. surrogates


def test_item1_lone_surrogate_in_str_input_gives_encodable_json():
    result = pagestrip.clean("标题\n正文第一段\ud800还有。\n第二段\udfff。")
    out = result.to_json()
    out.encode("utf-8")  # must not raise
    assert "\ufffd" in out
    assert any("surrogate" in w for w in result.warnings)


def test_item1_to_json_scrubs_surrogates_in_fields_set_from_outside():
    result = pagestrip.clean("正文第一段。", url="https://example.cn/\udc80", source="a\udcff.txt")
    json.loads(result.to_json())
    result.to_json().encode("utf-8")


def test_item1_lone_surrogate_in_html_str_input():
    result = pagestrip.clean("<html><body><p>正文\ud800第一段。</p><p>第二段。</p></body></html>")
    result.to_json().encode("utf-8")
    assert "第二段。" in result.text


# ------------------------------------------------------------- 4. size caps


def test_item4_huge_bytes_are_cut_before_decoding():
    page = ("正文段落，内容很长。" * 10 + "\n").encode("utf-8") * 2000  # ~620 KB
    t = time.monotonic()
    result = pagestrip.clean(page, max_chars=1000)
    assert time.monotonic() - t < 2
    assert len(result.normalized) <= 1000
    assert any("bytes cut" in w for w in result.warnings)  # cut as bytes, before decoding
    assert "\ufffd" not in result.normalized  # not cut inside a character


# ------------------------------------------------------------- 9. deep markup


def test_item9_text_after_300_nested_elements_is_kept():
    page = "<html><body>" + "<font>" * 300 + "<p>正文段落。</p>" + "</font>" * 300 + "</body></html>"
    result = pagestrip.clean(page)
    assert "正文段落。" in result.text


def test_item9_text_after_a_huge_attribute_is_kept():
    page = (
        '<html><body><p>第一段正文。</p><img src="data:image/png;base64,'
        + "A" * 11_000_000
        + '"><p>第二段正文，在大属性之后。</p></body></html>'
    )
    result = pagestrip.clean(page, max_chars=20_000_000)
    assert "第二段正文，在大属性之后。" in result.text


def test_item9_markup_deeper_than_the_parser_allows_warns():
    page = (
        "<html><body>" + "<div>" * 5000 + "<p>深处的正文。</p>" + "</div>" * 5000 + "<p>之后的正文。</p></body></html>"
    )
    result = pagestrip.clean(page)
    assert result.text == "深处的正文。\n之后的正文。"  # read as text, tags stripped
    assert any("parser stopped" in w for w in result.warnings)


# ------------------------------------------------------------- 10. charsets


def test_item10_valid_utf8_beats_a_legacy_declared_charset():
    result = pagestrip.clean("标题\n正文第一段。".encode(), encoding="iso-8859-1")
    assert result.normalized == "标题\n正文第一段。"
    assert any("iso-8859-1" in w and "UTF-8" in w for w in result.warnings)


def test_item10_valid_utf8_beats_a_gb2312_meta_charset():
    # These UTF-8 bytes are valid GB18030 too: the label used to win, giving mojibake.
    page = (
        '<html><head><meta charset="gb2312"><title>工作总结</title></head><body>'
        "<p>各级各部门要切实提高认识</p><p>认真落实各项工作任务</p></body></html>"
    )
    page.encode("utf-8").decode("gb18030")  # the premise
    result = pagestrip.clean(page.encode("utf-8"))
    assert result.encoding == "utf-8"
    assert "认真落实各项工作任务" in result.text
    assert any("gb2312" in w and "UTF-8" in w for w in result.warnings)


def test_item10_utf16_label_on_8bit_bytes_is_ignored():
    page = '<html><head><meta charset="utf-16"></head><body><p>正文第一段，内容。</p></body></html>'
    result = pagestrip.clean(page.encode("utf-8"))
    assert "正文第一段，内容。" in result.text
    assert any("utf-16" in w for w in result.warnings)


@pytest.mark.parametrize("label", ["undefined", "punycode", "idna", "base64", "rot13", "no-such-charset"])
def test_item10_impossible_or_unknown_labels_are_ignored_with_a_warning(label):
    data = ("正文第一段，这是一个比较长的段落，检测编码时足够可靠。" * 5).encode("gbk")
    result = pagestrip.clean(data, encoding=label)
    assert "正文第一段" in result.normalized
    assert any(label in w for w in result.warnings)
    result = pagestrip.clean(data, content_type=f"text/plain; charset={label}")
    assert "正文第一段" in result.normalized


def test_item10_a_true_legacy_page_still_decodes_by_its_label():
    result = pagestrip.clean("正文第一段，内容。".encode("gbk"), encoding="gbk")
    assert result.normalized == "正文第一段，内容。"
    assert not result.warnings


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_item10_real_pages_declaring_gb2312_in_utf8_decode_as_utf8():
    found = 0
    for path in sorted(CORPUS.glob("*.html")):
        data = path.read_bytes()
        if b"gb2312" not in data[:4096].lower():
            continue
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        found += 1
        assert pagestrip.clean(data).encoding == "utf-8", path.name
    assert found >= 7


# ------------------------------------------------------------- 11. sniffing, binary


def test_item11_text_that_mentions_tags_stays_text():
    page = "如何写网页段落标记\n在网页里，<p>表示一个段落，<br>表示换行，<div>是一个块。\n第三段正文。"
    result = pagestrip.clean(page)
    assert result.normalized.startswith("如何写网页段落标记")
    assert "<p>表示一个段落" in result.normalized


def test_item11_real_html_is_still_sniffed():
    result = pagestrip.clean("<div><p>正文第一段，内容。</p><p>第二段。</p></div>")
    assert "<p>" not in result.normalized and "第二段。" in result.text


@pytest.mark.parametrize(
    "blob",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n" + bytes(range(256)) * 20,
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20,
        gzip.compress(b"hello " * 100, mtime=0),
        bytes(range(256)) * 100,
    ],
    # Named, not shown: pytest-xdist workers must collect the same ids (and gzip's header
    # held the time of collection).
    ids=["png", "pdf", "jpeg", "gzip", "all-bytes"],
)
def test_item11_binary_input_is_a_clear_error(blob):
    with pytest.raises(BinaryInputError) as exc:
        pagestrip.clean(blob)
    assert "binary" in str(exc.value)
    assert isinstance(exc.value, PagestripError)


def test_item11_utf16_without_bom_is_not_binary():
    result = pagestrip.clean("正文第一段，内容。\n第二段。".encode("utf-16-le"), encoding="utf-16-le")
    assert "第二段" in result.normalized


# ------------------------------------------------------------- 6. timeout in the API


def test_item6_timeout_raises_a_clear_error():
    page = "\n".join(f"第{i}段正文，内容各不相同，编号{i}。" for i in range(20_000))
    with pytest.raises(PageTimeoutError) as exc:
        pagestrip.clean(page, timeout=0.001)
    assert "0.001" in str(exc.value)
    assert pagestrip.clean("正文第一段。", timeout=5).text == "正文第一段。"


def test_item6_timeout_bounds_a_catastrophic_user_pattern():
    rule = pagestrip.Rule("user.bad", "chrome", "inline", r"(x+x+)+y")
    t = time.monotonic()
    with pytest.raises(PageTimeoutError):
        pagestrip.clean("标题\n" + "x" * 3000 + "\n正文第一段。", extra_rules=[rule], timeout=0.5)
    assert time.monotonic() - t < 3


# ------------------------------------------------------------- 8. quadratic paths


def _timed(page: str) -> tuple[float, float, pagestrip.Result]:
    """CPU seconds to clean ``page``, its size in MB (UTF-8), and the result.

    CPU time, not wall time: the work done is what grows with a quadratic path, and it does
    not grow when other processes (the suite's other workers, a busy machine) share the cores."""
    t = time.process_time()
    result = pagestrip.clean(page)
    return time.process_time() - t, len(page.encode("utf-8")) / 1e6, result


def _budget(mb: float) -> float:
    """Issue 11 asks for under 1 s per MB; twice that (and a second) leaves room for a busy machine.
    At these sizes the old quadratic paths took minutes."""
    return 2.0 * mb + 1.0


def test_item8_paragraphs_that_share_an_opening_are_linear():
    page = "\n".join(f"根据上级文件精神和有关要求，现将第{i}项工作安排如下，请认真贯彻落实。" for i in range(20_000))
    took, mb, result = _timed(page)
    assert took < _budget(mb), (took, mb)
    assert result.text.count("根据上级文件精神") == 20_000


def test_item8_identical_paragraphs_are_linear():
    page = "\n".join(["这是一个完全相同的段落，内容重复出现很多次，用来测试去重的速度和效果。"] * 20_000)
    took, mb, _ = _timed(page)
    assert took < _budget(mb), (took, mb)


def test_item8_near_identical_paragraphs_are_linear():
    page = "\n".join(
        f"这是一个几乎相同的段落，内容重复出现很多次，用来测试近似去重的速度和效果，编号{i % 10}{i % 7}。"
        for i in range(20_000)
    )
    took, mb, _ = _timed(page)
    assert took < _budget(mb), (took, mb)


def test_item8_an_element_with_200000_attributes():
    page = (
        "<html><body><div "
        + " ".join(f'a{i}="{i}"' for i in range(200_000))
        + "><p>正文段落，内容。</p></div><p>第二段。</p></body></html>"
    )
    took, mb, result = _timed(page)
    assert took < _budget(mb), (took, mb)
    assert "第二段。" in result.text
    assert any("attributes" in w for w in result.warnings)


@pytest.mark.parametrize("heading", ["Mehr zum Thema", "相关推荐", "Related articles", "Most read", "Comments"])
def test_a_heading_followed_by_a_long_run_of_spaces_does_not_backtrack(heading):
    """A tail heading's optional colon between two runs of spaces was quadratic on a line of
    100 000 spaces (40 s); with possessive runs it is linear. The timeout turns a regression
    into a failure instead of a hang."""
    body = "Some body text that is long enough to be prose, with commas, and more words here."
    page = f"Title\n\n{body}\n\n{heading}{' ' * 100_000}x"
    assert body in pagestrip.clean(page, timeout=10).text


@pytest.mark.parametrize(
    ("page", "says"),
    [
        ("", "no text: the page is empty"),
        ("<html><body><div> </div></body></html>", "no text: the page is empty"),
        ("首页", "no article text: every line of the page was removed"),
        (
            "<html><body><div>首页</div><script>var body = '" + "正文" * 200 + "';</script></body></html>",
            "rendered by JavaScript",
        ),
    ],
)
def test_a_result_with_no_text_says_why(page: str, says: str) -> None:
    """A batch's empty output explains itself: the page had no text, only scripts that
    render it, or every line went."""
    result = pagestrip.clean(page)
    assert result.text == ""
    assert len(result.warnings) == 1
    assert says in result.warnings[0]
