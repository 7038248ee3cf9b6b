"""Norwegian Bokmål time expressions: (text, publication date) → the expression, its label and interval."""

from __future__ import annotations

import pytest

from claimrec.extract.times import find_times

FRIDAY = "2021-08-13"
AUGUST = "2021-08"
JULY = "2021-07"
JUNE = "2021-06"

CASES = [
    (AUGUST, "Byen falt torsdag kveld, melder kilder.", "torsdag kveld", "Thursday evening", "2021-07-29/2021-08-26"),
    (FRIDAY, "Byen falt torsdag kveld, melder kilder.", "torsdag kveld", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Tidligere torsdag falt Herat.", "torsdag", "Thursday", "2021-08-12"),
    (FRIDAY, "Meldingen kom torsdag ettermiddag.", "torsdag ettermiddag", "Thursday afternoon", "2021-08-12"),
    (FRIDAY, "Soldatene flyktet tidlig mandag.", "tidlig mandag", "early Monday", "2021-08-09"),
    (FRIDAY, "Angrepet kom sent tirsdag.", "sent tirsdag", "late Tuesday", "2021-08-10"),
    (FRIDAY, "Natt til fredag ble byen angrepet.", "Natt til fredag", "Thursday night", "2021-08-12"),
    (FRIDAY, "Møtet holdes neste mandag.", "neste mandag", "next Monday", "2021-08-16"),
    (FRIDAY, "Det skjedde i går kveld.", "i går kveld", "Thursday evening", "2021-08-12"),
    (FRIDAY, "De kom hjem i kveld.", "i kveld", "Friday evening", "2021-08-13"),
    (AUGUST, "De føler seg trygge i dag.", "i dag", "today", "2021-08-01/2021-08-31"),
    (AUGUST, "Tilbaketrekningen startet i mai.", "i mai", "May 2021", "2021-05-01/2021-05-31"),
    (AUGUST, "Taliban hevdet i juli å kontrollere landet.", "i juli", "July 2021", "2021-07-01/2021-07-31"),
    (AUGUST, "Taliban har i august tatt flere byer.", "i august", "August 2021", "2021-08-01/2021-08-31"),
    (JUNE, "Han sa i november at arbeidet var i gang.", "i november", "November 2020", "2020-11-01/2020-11-30"),
    (JUNE, "Tilbaketrekningen startet i forrige måned.", "i forrige måned", "May 2021", "2021-05-01/2021-05-31"),
    (AUGUST, "Snakket siden september i fjor.", "siden september i fjor", "September 2020 onwards", "2020-09-01/.."),
    (None, "Snakket siden september i fjor.", "siden september i fjor", "September last year onwards", None),
    (JULY, "Ute innen utgangen av august.", "innen utgangen av august", "by the end of August 2021", "../2021-08-31"),
    (FRIDAY, "Valget holdes først i mars.", "først i mars", "early March 2021", "2021-03-01/2021-03-10"),
    (None, "Det skjedde 15. mars 2020.", "15. mars 2020", "2020-03-15", "2020-03-15"),
    (FRIDAY, "Allerede 4. august ba UD nordmenn reise.", "4. august", "2021-08-04", "2021-08-04"),
    (None, "Allerede 4. august ba UD nordmenn reise.", "4. august", "4 August", None),
    (None, "Det skjedde mandag 9. august.", "mandag 9. august", "9 August", None),
    (None, "Taliban ble kastet i årene 2001/2002.", "i årene 2001/2002", "2001–2002", "2001-01-01/2002-12-31"),
    (None, "De styrte landet før invasjonen i 2001.", "i 2001", "2001", "2001-01-01/2001-12-31"),
    (FRIDAY, "Det har skjedd mye de siste dagene.", "de siste dagene", "recent days", "2021-08-06/2021-08-13"),
    (FRIDAY, "De har gitt seg de siste ukene.", "de siste ukene", "recent weeks", "2021-07-16/2021-08-13"),
    (FRIDAY, "Basen ble overlatt i forrige uke.", "i forrige uke", "week of 2021-08-02", "2021-08-02/2021-08-08"),
    (FRIDAY, "Prisene steg kraftig i fjor.", "i fjor", "2020", "2020-01-01/2020-12-31"),
    (FRIDAY, "Møtet starter klokka 8.", "klokka 8", "08:00", None),
    (FRIDAY, "Flyet gikk kl. 20.30 torsdag.", "kl. 20.30 torsdag", "Thursday 20:30", "2021-08-12"),
]

TRAPS = [
    "Man kan ikke si hva som skjer.",  # "man" is the pronoun
    "Det vi ser nå, er at det verste skjer.",  # "nå" (now) is no time
    "USA har besluttet å sende 3.000 soldater til Kabul.",
    "Storbritannia sender også 600 hundre soldater.",
    "Kabul kan havne under press innen 30 dager.",  # a duration, the number engine's business
    "Soldatene skal flyttes i løpet av de neste 24 til 48 timene.",
    "Fra før av er 650 soldater stasjonert der.",  # "før" without a time
    "Mars er den fjerde planeten fra sola.",  # the planet
    "Mars-sonden landet trygt.",
    "Byen ligger 15 mil sør for Kabul.",
    "Landet ble bygget opp i 2000-tallet.",  # a decade is not the year 2000
]


@pytest.mark.parametrize(("published", "text", "expression", "label", "interval"), CASES)
def test_norwegian_bokmal_times(
    published: str | None, text: str, expression: str, label: str, interval: str | None
) -> None:
    mentions = find_times(text, "nb", published)
    assert [(mention.text, mention.label, mention.interval) for mention in mentions] == [(expression, label, interval)]


@pytest.mark.parametrize("text", TRAPS)
def test_norwegian_bokmal_traps_are_not_times(text: str) -> None:
    assert find_times(text, "nb", FRIDAY) == []


def test_lower_case_month_counts_alone_but_not_as_a_compound() -> None:
    assert [mention.label for mention in find_times("mars var kald", "nb", FRIDAY)] == ["March 2021"]
    assert find_times("mars-sonden", "nb", FRIDAY) == []
