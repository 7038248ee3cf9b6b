import pytest

from claimrec.extract.ranks import find_ranks

# (text, [(rank, superlative, category_normalised, entity)])
CASES = [
    ("Kandahar ist die zweitgrößte Stadt Afghanistans.", [(2, "largest", "city", "Kandahar")]),
    ("Afghanistans zweitgrößte Stadt Kandahar fiel.", [(2, "largest", "city", "Kandahar")]),
    ("Herat, die drittgrößte Stadt des Landes, fiel.", [(3, "largest", "city", "Herat")]),
    ("Die größte Stadt ist Kabul.", [(1, "largest", "city", "Kabul")]),
    ("Zürich ist die grösste Stadt der Schweiz.", [(1, "largest", "city", "Zürich")]),
    ("Hamburg gilt als zweitgrößter Hafen Europas.", [(2, "largest", "port", "Hamburg")]),
    (
        "Die zweit- und drittgrößten Städte Herat und Kandahar fielen.",
        [(2, "largest", "city", "Herat"), (3, "largest", "city", "Kandahar")],
    ),
    ("Köln ist die viertgrößte deutsche Stadt.", [(4, "largest", "city", "Köln")]),
    # Traps: a pronoun or a common noun as subject; groups ("eine der", "die acht größten").
    ("Es ist die zweitgrößte Stadt.", [(2, "largest", "city", None)]),
    ("Die Stadt ist die größte deutsche Stadt.", [(1, "largest", "city", None)]),
    ("Kabul ist eine der größten Städte.", []),
    ("Die acht größten Städte fielen.", []),
    ("Zum ersten Mal fiel die Stadt.", []),
    ("Die Taliban kontrollieren den größten Teil des Landes.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ranks(text, expected):
    found = [(m.rank, m.superlative, m.category_normalised, m.entity) for m in find_ranks(text, "de")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Kandahar ist die zweitgrößte Stadt Afghanistans.", "Afghanistans"),
        ("Herat, die drittgrößte Stadt des Landes, fiel.", "des Landes"),
        ("Tokio ist die größte Stadt der Welt.", "der Welt"),
    ],
)
def test_scope(text, scope):
    assert [m.scope for m in find_ranks(text, "de")] == [scope]
