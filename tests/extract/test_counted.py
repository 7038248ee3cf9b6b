from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.extract.counted import counted_after

# "|" marks where the number ends.
CASES = [
    ("3000| amerikanske soldater er på vei", "nb", False, ("amerikanske soldater", "soldater")),
    ("sender omkring 600| soldater til landet", "da", False, ("soldater", "soldater")),
    ("erobret elleve| provinshovedsteder.", "nb", False, ("provinshovedsteder", "provinshovedsteder")),
    ("1037| afghanske regeringssoldater er flygtet", "da", False, ("afghanske regeringssoldater", "regeringssoldater")),
    ("85 prosent| av landet", "nb", True, ("landet", "landet")),
    ("to tredjedele| af Afghanistans areal", "da", True, ("Afghanistans areal", "areal")),
    ("3,000| US troops to Kabul", "en", False, ("US troops", "troops")),
    ("600| britische Soldaten nach Kabul", "de", False, ("britische Soldaten", "soldaten")),
    ("650| amerikanske soldater stasjonert på flyplassen", "nb", False, ("amerikanske soldater", "soldater")),
    ("1400| amerikanske statsborgere mens resten", "nb", False, ("amerikanske statsborgere", "statsborgere")),
    ("600| Soldaten stationiert", "de", False, ("Soldaten", "soldaten")),
    ("3,000| American troops arrived", "en", False, ("American troops", "troops")),
    ("300| amerikanska soldater stationerade", "sv", False, ("amerikanska soldater", "soldater")),
    ("40.000| nye tilfælde blev registreret", "da", False, ("nye tilfælde", "tilfælde")),
    ("40 000| nya fall rapporterades", "sv", False, ("nya fall", "fall")),
    ("auf mehr als 800| gestiegen.", "de", False, None),
    ("in den zwölf| am Sonntag gespielten Einzeln", "de", False, None),
    ("steget til 832| oplyser landets katastrofeberedskab", "da", False, None),
    ("1400| er amerikanske statsborgere", "nb", False, None),
    ("12|, og flere", "nb", False, None),
    ("5| - 6", "nb", False, None),
]


@pytest.mark.parametrize(("marked", "language", "after_preposition", "expected"), CASES)
def test_counted_thing(marked: str, language: str, after_preposition: bool, expected: tuple[str, str] | None) -> None:
    position = marked.index("|")
    text = marked.replace("|", "")
    found = counted_after(text, position, language, after_preposition=after_preposition)
    assert (None if found is None else (found.text, found.head)) == expected
    if found is not None:
        assert text[found.start : found.end] == found.text


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=60),
    position=st.integers(0, 60),
    language=st.sampled_from(["da", "de", "en", "nb", "nn", "sv"]),
)
def test_any_text_and_position_never_raise(text: str, position: int, language: str) -> None:
    found = counted_after(text, min(position, len(text)), language)
    assert found is None or text[found.start : found.end] == found.text
