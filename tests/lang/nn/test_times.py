"""Norwegian Nynorsk time expressions: (text, publication date) → the expression, its label and interval."""

from __future__ import annotations

import pytest

from claimrec.extract.times import find_times

FRIDAY = "2021-08-13"
AUGUST = "2021-08"
JULY = "2021-07"
JUNE = "2021-06"

CASES = [
    (AUGUST, "Byen fall torsdag kveld.", "torsdag kveld", "Thursday evening", "2021-07-29/2021-08-26"),
    (FRIDAY, "Det skjedde torsdag kveldstid.", "torsdag kveldstid", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Dei kom laurdag morgon.", "laurdag morgon", "Saturday morning", "2021-08-07"),
    (FRIDAY, "Møtet var tysdag.", "tysdag", "Tuesday", "2021-08-10"),
    (FRIDAY, "Angrepet kom seint tysdag.", "seint tysdag", "late Tuesday", "2021-08-10"),
    (FRIDAY, "Soldatane flykta tidleg måndag.", "tidleg måndag", "early Monday", "2021-08-09"),
    (FRIDAY, "Natt til fredag vart byen angripen.", "Natt til fredag", "Thursday night", "2021-08-12"),
    (FRIDAY, "Det skjedde i går kveld.", "i går kveld", "Thursday evening", "2021-08-12"),
    (AUGUST, "Tilbaketrekkinga starta i mai.", "i mai", "May 2021", "2021-05-01/2021-05-31"),
    (JUNE, "Ho sa i november at arbeidet var i gang.", "i november", "November 2020", "2020-11-01/2020-11-30"),
    (JUNE, "Det skjedde i førre månad.", "i førre månad", "May 2021", "2021-05-01/2021-05-31"),
    (AUGUST, "Snakka sidan september i fjor.", "sidan september i fjor", "September 2020 onwards", "2020-09-01/.."),
    (JULY, "Ute innan utgangen av august.", "innan utgangen av august", "by the end of August 2021", "../2021-08-31"),
    (FRIDAY, "Basen vart overlaten førre veke.", "førre veke", "week of 2021-08-02", "2021-08-02/2021-08-08"),
    (FRIDAY, "Det har skjedd mykje dei siste vekene.", "dei siste vekene", "recent weeks", "2021-07-16/2021-08-13"),
    (None, "Det skjedde 4. august 2021.", "4. august 2021", "2021-08-04", "2021-08-04"),
    (None, "Skulen vart bygd i 2001.", "i 2001", "2001", "2001-01-01/2001-12-31"),
    (FRIDAY, "Prisane steig i fjor.", "i fjor", "2020", "2020-01-01/2020-12-31"),
    (FRIDAY, "Toget går klokka 8.", "klokka 8", "08:00", None),
]

TRAPS = [
    "No er det slutt.",  # "no" (now) is no time
    "Mars er ein planet.",
    "Dei sende 3000 soldatar til Kabul.",
    "Over 1000 soldatar flykta.",
    "Det tok to timar.",
]


@pytest.mark.parametrize(("published", "text", "expression", "label", "interval"), CASES)
def test_norwegian_nynorsk_times(
    published: str | None, text: str, expression: str, label: str, interval: str | None
) -> None:
    mentions = find_times(text, "nn", published)
    assert [(mention.text, mention.label, mention.interval) for mention in mentions] == [(expression, label, interval)]


@pytest.mark.parametrize("text", TRAPS)
def test_norwegian_nynorsk_traps_are_not_times(text: str) -> None:
    assert find_times(text, "nn", FRIDAY) == []
