from __future__ import annotations

import pytest

from claimrec.extract.places import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 000 amerikanska soldater skickas till Afghanistan.", ["US", "AF"]),
        ("USA och USA:s allierade", ["US", "US"]),
        ("Förenta staterna och Amerika", ["US", "US"]),
        ("Storbritannien och brittiska medborgare", ["GB", "GB"]),
        ("britterna och Förenade kungariket", ["GB", "GB"]),
        ("Ryssland och ryska styrkor", ["RU", "RU"]),
        ("Tyskland, tyskt och tyskarna", ["DE", "DE", "DE"]),
        ("Norge och norrmännen", ["NO", "NO"]),
        ("Finland och finländska", ["FI", "FI"]),
        ("Tadzjikistan och Uzbekistan", ["TJ", "UZ"]),
        ("Vitryssland och Belarus", ["BY", "BY"]),
        ("Georgien och Jordanien", ["GE", "JO"]),
        ("Tchad och Guinea", ["TD", "GN"]),
        ("FN:s säkerhetsråd, Nato och EU", ["un", "nato", "eu"]),
        ("talibanerna och talibanernas ledare", ["taliban", "taliban"]),
        ("Islamiska staten", ["islamic_state"]),
        # Traps.
        ("kina", []),
        ("Det är is på vägen.", []),
        ("Hon har lett hela dagen.", []),
        ("Britt Andersson säger", []),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert [mention.code for mention in find_places(text, "sv")] == expected
