"""Items a list says again are no copy of the text (dedupe._list_runs_stay)."""

from __future__ import annotations

import pagestrip

INTRO = (
    "These dumplings are filled with spiced meat, steamed, and served under a yogurt sauce and a lentil "
    "topping. They take about an hour from start to finish."
)
METHOD = (
    "Brown the meat with garlic, salt and coriander, then cool it and fold in the raw onion. Cook the lentils "
    "with onion, tomato paste and the spices until soft."
)


def _page(first: list[str], second: list[str]) -> str:
    def ul(items: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"

    return (
        "<html><head><title>Steamed Dumplings</title></head><body><article><h1>Steamed Dumplings</h1>"
        f"<p>{INTRO}</p><h3>Ingredients for the filling</h3>{ul(first)}<h3>Ingredients for the topping</h3>"
        f"{ul(second)}<h3>Method</h3><p>{METHOD}</p></article></body></html>"
    )


def test_ingredients_two_lists_share_stay_in_both() -> None:
    shared = ["½ tsp. garlic", "½ tsp. salt", "½ tsp. black pepper powder (freshly ground)"]
    r = pagestrip.clean(_page(["2 cups chopped onions", *shared], ["1 cup yellow lentils", *shared]))
    kept = r.text.split("\n")
    assert all(kept.count(x) == 2 for x in shared)
    assert not [x for x in r.removed if x.rule == "dedupe.copy"]


def test_sentences_said_again_are_still_a_copy() -> None:
    said = [
        "Preheat the oven to a moderate heat before you start.",
        "Keep the dough covered so that it does not dry out.",
    ]
    r = pagestrip.clean(_page(["2 cups chopped onions", *said], ["1 cup yellow lentils", *said]))
    assert all(r.text.split("\n").count(x) == 1 for x in said)


def test_key_points_quoting_the_body_give_way_to_it() -> None:
    """A clipper's 核心要点 list quotes two sentences of the body before the body: the
    list's items go as copies, the body's paragraphs stay."""
    speed = (
        "在速度方面，使用ASCII代码的模式下载数据时，VSFTP的速度是Wu-FTP的两倍，如果Linux主机使用2.4.*的内核，"
        "在千兆以太网上的下载速度可达86MB/S"
    )
    steady = (
        "在稳定方面，VSFTP就更加的出色，VSFTP在单机（非集群）上支持4000个以上的并发用户同时连接，"
        "根据Red Hat的Ftp服务器(ftp.redhat.com)的数据，VSFTP服务器可以支持15000个并发用户"
    )
    text = "\n\n".join(
        [
            "# Linux ftp 安装及相关命令",
            "## 核心要点",
            f"1. {speed}",
            f"2. {steady}",
            "## 安装与配置",  # (## 内容预览 would close the page's head: the items go with it)
            "VSFTP是一个基于GPL发布的类Unix系统上使用的FTP服务器软件，从此名称可以看出来，编制者的初衷是代码的安全。",
            f"　　{speed}。",
            f"　　{steady}。",
            "VSFTP的配置文件位于/etc/vsftpd目录下，修改以后需要重新启动服务才能生效。",
        ]
    )
    r = pagestrip.clean(text)
    gone = [x.text for x in r.removed if x.rule == "dedupe.copy"]
    assert gone == [f"1. {speed}", f"2. {steady}"]
    assert f"{speed}。" in r.text and f"{steady}。" in r.text
