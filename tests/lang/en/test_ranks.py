import pytest

from claimrec.extract.ranks import find_ranks

# (text, [(rank, superlative, category_normalised, entity)])
CASES = [
    ("Kandahar, the second-largest city, fell on Thursday.", [(2, "largest", "city", "Kandahar")]),
    ("Kandahar is Afghanistan's second largest city.", [(2, "largest", "city", "Kandahar")]),
    ("Herat is the country's third-biggest city.", [(3, "largest", "city", "Herat")]),
    ("The largest city in the world is Tokyo.", [(1, "largest", "city", "Tokyo")]),
    ("Lagos, Nigeria's most populous city, grew.", [(1, "most populous", "city", "Lagos")]),
    ("The country's second-largest city, Kandahar, fell.", [(2, "largest", "city", "Kandahar")]),
    ("It is the 6th-largest city in the country.", [(6, "largest", "city", None)]),
    (
        "Kandahar and Herat, the second- and third-largest cities, fell.",
        [(2, "largest", "city", "Kandahar"), (3, "largest", "city", "Herat")],
    ),
    # Traps: "first time", "one of", top groups, parts, negation.
    ("For the first time the city fell.", []),
    ("Kabul is one of the largest cities.", []),
    ("The three largest cities are Kabul, Kandahar and Herat.", []),
    ("The Taliban control the largest part of the country.", []),
    ("Kandahar is not the largest city.", [(1, "largest", "city", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ranks(text, expected):
    found = [(m.rank, m.superlative, m.category_normalised, m.entity) for m in find_ranks(text, "en")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Herat is the country's third-biggest city.", "the country's"),
        ("Kandahar is Afghanistan's second largest city.", "Afghanistan's"),
        ("The largest city in the world is Tokyo.", "in the world"),
    ],
)
def test_scope(text, scope):
    assert [m.scope for m in find_ranks(text, "en")] == [scope]
