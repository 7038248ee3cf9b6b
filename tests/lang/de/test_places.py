from __future__ import annotations

import pytest

from claimrec.extract.places import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die USA schicken 3000 Soldaten nach Afghanistan.", ["US", "AF"]),
        ("die amerikanischen Truppen und US-Soldaten", ["US", "US"]),
        ("US-amerikanische Diplomaten", ["US"]),
        ("in den Vereinigten Staaten von Amerika", ["US"]),
        ("Vereinigte Staaten", ["US"]),
        ("Großbritannien und das Vereinigte Königreich", ["GB", "GB"]),
        ("Vereinigtes Königreich und britische Staatsbürger", ["GB", "GB"]),
        ("die Briten und eine Britin", ["GB", "GB"]),
        ("Russland und Russlands Armee", ["RU", "RU"]),
        ("Deutschlands Rolle und die Deutschen", ["DE", "DE"]),
        ("Tadschikistan, Usbekistan und Turkmenistan", ["TJ", "UZ", "TM"]),
        ("in der Türkei und in der Ukraine", ["TR", "UA"]),
        ("Georgien und Jordanien", ["GE", "JO"]),
        ("Tschad und Guinea", ["TD", "GN"]),
        ("Weißrussland und Belarus", ["BY", "BY"]),
        ("Nato, UNO und EU", ["nato", "un", "eu"]),
        ("der Europäischen Union und den Vereinten Nationen", ["eu", "un"]),
        ("die Taliban", ["taliban"]),
        ("Kämpfer des Islamischen Staates", ["islamic_state"]),
        # Traps.
        ("Man weiß es nicht.", []),
        ("Südamerika und Lateinamerika", []),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert [mention.code for mention in find_places(text, "de")] == expected
