from __future__ import annotations

import pytest

from claimrec.extract.places import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US is sending 3,000 troops to Afghanistan.", ["US", "AF"]),
        ("Britain is sending 600 soldiers.", ["GB"]),
        ("the U.S. and the U.K.", ["US", "GB"]),
        ("USA, America and the United States", ["US", "US", "US"]),
        ("American troops and British citizens", ["US", "GB"]),
        ("Great Britain and the United Kingdom", ["GB", "GB"]),
        ("Britons and Americans", ["GB", "US"]),
        ("Russia and Russian forces", ["RU", "RU"]),
        ("Germany and the Germans", ["DE", "DE"]),
        ("Tajikistan's border", ["TJ"]),
        ("China's foreign ministry", ["CN"]),
        ("Turkey and Türkiye", ["TR", "TR"]),
        ("Ivory Coast and Côte d’Ivoire", ["CI", "CI"]),
        ("the Czech Republic and Czechia", ["CZ", "CZ"]),
        ("NATO, the UN and the EU", ["nato", "un", "eu"]),
        ("the Taliban and Islamic State", ["taliban", "islamic_state"]),
        # Traps: Georgia stays the country (see lang/en/places.py).
        ("Georgia", ["GE"]),
        ("They told us the turkey was cold.", []),
        ("fine china", []),
        ("Chad Smith and Jordan Henderson", []),
        ("in Chad and in Jordan", ["TD", "JO"]),
        ("Guinea and Equatorial Guinea", ["GN", "GQ"]),
        ("guinea pigs", []),
        ("New Mexico, New Jersey and Latin America", []),
        ("the North Pole and Poles in Warsaw", ["PL"]),
        ("the Indian Ocean and Indian troops", ["IN"]),
        ("Scotland and Wales", ["GB", "GB"]),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert [mention.code for mention in find_places(text, "en")] == expected
