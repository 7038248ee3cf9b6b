from __future__ import annotations

import pytest

from claimrec.extract.places import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det amerikanske militær kan afslutte tilbagetrækningen fra Afghanistan.", ["US", "AF"]),
        ("Forhandlere fra Afghanistan, Taliban, USA, Rusland og flere andre", ["AF", "taliban", "US", "RU"]),
        ("i Qatars hovedstad, Doha", ["QA"]),
        ("den afghanske regering", ["AF"]),
        ("USA's tilbagetrækning og USAs styrker", ["US", "US"]),
        ("De Forenede Stater og Amerika", ["US", "US"]),
        ("Storbritannien, England og briterne", ["GB", "GB", "GB"]),
        ("britiske statsborgere", ["GB"]),
        ("Tyskland, tysk og tyskerne", ["DE", "DE", "DE"]),
        ("Kina og kinesiske virksomheder", ["CN", "CN"]),
        ("soldater flygtet til nabolandet Tadsjikistan", ["TJ"]),
        ("Holland og hollænderne", ["NL", "NL"]),
        ("Hviderusland", ["BY"]),
        ("Georgien og Jordan", ["GE", "JO"]),
        ("Tchad og Guinea", ["TD", "GN"]),
        ("FN og Nato", ["un", "nato"]),
        ("EU's medlemslande", ["eu"]),
        ("Islamisk Stat", ["islamic_state"]),
        # Traps.
        ("Vi tjekker det og letter.", []),
        ("Hvad finner du?", []),
        ("kina", []),
        ("Syd-Amerika og Latin-Amerika", []),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert [mention.code for mention in find_places(text, "da")] == expected
