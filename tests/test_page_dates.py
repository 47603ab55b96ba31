"""pagemeta: the page's date from the short lines under its title, as sites print it in
English, day first with full stops (most of Europe), and with German, French or Spanish
month names."""

from __future__ import annotations

import pytest

import pagestrip

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
        ("2011-09-11 16:20", "2011-09-11"),
    ],
)
def test_the_date_under_the_title(stamp: str, date: str) -> None:
    assert pagestrip.clean(_page(stamp)).date == date


@pytest.mark.parametrize("stamp", ["31.02.2011", "29.02.2023, 10:00", "Seite 1 von 12"])
def test_no_date_where_there_is_none(stamp: str) -> None:
    # 31 February and 29 February 2023 are no days of the calendar.
    assert pagestrip.clean(_page(stamp)).date is None
