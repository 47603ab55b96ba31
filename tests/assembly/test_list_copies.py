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
