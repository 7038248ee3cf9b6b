from __future__ import annotations

import pytest

from claimrec.extract.places import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3000 amerikanske soldater er på vei tilbake til Afghanistan.", ["US", "AF"]),
        ("Den amerikanske ambassaden i Kabul ber amerikanske borgere reise.", ["US", "US"]),
        ("USA og USAs allierte", ["US", "US"]),
        ("USA's ambassade", ["US"]),
        ("De forente stater og Amerika", ["US", "US"]),
        ("Storbritannia sender 600 soldater.", ["GB"]),
        ("britiske statsborgere og britene", ["GB", "GB"]),
        ("Russland og russiske styrker", ["RU", "RU"]),
        ("Tyskland, tysk og tyskerne", ["DE", "DE", "DE"]),
        ("Norge og norsk", ["NO", "NO"]),
        ("Kina og kinesiske", ["CN", "CN"]),
        ("Soldatene flyktet til Tadsjikistan.", ["TJ"]),
        ("Afghanistans grense mot Usbekistan og Turkmenistan", ["AF", "UZ", "TM"]),
        ("Georgia og Jordan", ["GE", "JO"]),
        ("Tsjad og Guinea", ["TD", "GN"]),
        ("Hviterussland og Belarus", ["BY", "BY"]),
        ("Nato, FN og EU", ["nato", "un", "eu"]),
        ("Taliban har tatt kontroll over byen.", ["taliban"]),
        ("Det hevder Reuters.", []),
        # Traps.
        ("Han finner ingen.", []),
        ("Sør-Amerika og Latin-Amerika", []),
        ("De reiste til Ny-Guinea.", []),
        ("Irene Olsen sier", []),
        ("Man vet ikke.", []),
        ("Isle of Man", ["IM"]),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert [mention.code for mention in find_places(text, "nb")] == expected
