from __future__ import annotations

import pytest

from claimrec.extract.places import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3000 amerikanske soldatar er på veg tilbake til Afghanistan.", ["US", "AF"]),
        ("USA og USAs allierte", ["US", "US"]),
        ("Amerikanarane og britane", ["US", "GB"]),
        ("Storbritannia og britiske borgarar", ["GB", "GB"]),
        ("Russland og russarane", ["RU", "RU"]),
        ("Tyskland, tysk og tyskarane", ["DE", "DE", "DE"]),
        ("Noreg, Norge og nordmenn", ["NO", "NO", "NO"]),
        ("Austerrike og austerrikske styresmakter", ["AT", "AT"]),
        ("Kina og kinesiske", ["CN", "CN"]),
        ("Tadsjikistan og Usbekistan", ["TJ", "UZ"]),
        ("FN, Nato og EU", ["un", "nato", "eu"]),
        ("Dei sameinte nasjonane", ["un"]),
        ("Taliban", ["taliban"]),
        # Traps.
        ("Eg finn ikkje noko å finne.", []),
        ("Nord-Amerika og sør-amerikanske land", []),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert [mention.code for mention in find_places(text, "nn")] == expected
