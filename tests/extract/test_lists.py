from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.extract.lists import enumeration_after

# "|" marks the end of the counted thing.
CASES = [
    ("tolv byer|: Zaranj i Nimroz, Kunduz i Kunduz, Farah i Farah og Herat i Herat, som er størst.", "nb", 4),
    ("three cities|: Herat, Kandahar, and Kabul.", "en", 3),
    ("drei Städte|: Herat, Kandahar und Kabul", "de", 3),
    ("tre städer|: Herat, Kandahar och Kabul.", "sv", 3),
    ("to byer|: Herat eller Kabul.", "da", 2),
    ("to byer|. Herat og Kabul.", "da", None),
    ("to byer| Herat og Kabul.", "da", None),
    ("én by|: Herat.", "da", None),
]


@pytest.mark.parametrize(("marked", "language", "expected"), CASES)
def test_enumeration_items_are_counted(marked: str, language: str, expected: int | None) -> None:
    position = marked.index("|")
    text = marked.replace("|", "")
    found = enumeration_after(text, position, language)
    assert (None if found is None else len(found.items)) == expected


def test_relative_clause_after_the_last_item_is_not_an_item() -> None:
    text = "to byer: Farah i Farah og Herat i Herat, som er landets tredje største by."
    found = enumeration_after(text, len("to byer"), "nb")
    assert found is not None
    assert found.items == ("Farah i Farah", "Herat i Herat")


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=80), position=st.integers(0, 80))
def test_any_text_never_raises(text: str, position: int) -> None:
    enumeration_after(text, min(position, len(text)), "nb")
