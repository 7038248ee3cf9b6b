import pytest

from claimrec.extract.ranks import find_ranks

# (text, [(rank, superlative, category_normalised, entity)])
CASES = [
    ("Kandahar er landets nest største by.", [(2, "largest", "city", "Kandahar")]),
    ("Kandahar er Afghanistans neststørste by.", [(2, "largest", "city", "Kandahar")]),
    ("Herat, hovedstad i provinsen og landets tredje største by, falt.", [(3, "largest", "city", "Herat")]),
    ("Taliban tok politistasjonen i landets tredje største by Herat.", [(3, "largest", "city", "Herat")]),
    ("Herat i Herat, som er landets tredje største by.", [(3, "largest", "city", "Herat")]),
    ("Oslo er den største byen i Norge.", [(1, "largest", "city", "Oslo")]),
    ("Landets største by er Oslo.", [(1, "largest", "city", "Oslo")]),
    ("Nå er Kandahar landets nest største by.", [(2, "largest", "city", "Kandahar")]),
    ("Bergen er landets andre største by.", [(2, "largest", "city", "Bergen")]),
    ("Trondheim er den tredjestørste byen.", [(3, "largest", "city", "Trondheim")]),
    ("Dette er den 6. største byen i landet.", [(6, "largest", "city", None)]),
    ("Det er landets eldste universitet.", [(1, "oldest", "universitet", None)]),
    (
        "Kabul og Kandahar er landets nest- og tredjestørste byer.",
        [(2, "largest", "city", None), (3, "largest", "city", None)],
    ),
    # Traps: "andre" is "other" without "den" or a genitive; a pronoun or common noun is no entity.
    ("De andre største byene er Kabul og Herat.", []),
    ("Flere andre største byer ble rammet.", []),
    ("Det er landets nest største by.", [(2, "largest", "city", None)]),
    ("Byen er landets tredje største by.", [(3, "largest", "city", None)]),
    ("Kandahar er ikke landets største by.", [(1, "largest", "city", None)]),
    # Traps: groups, parts and ordinals without a superlative are no rank.
    ("For første gang er byen tatt.", []),
    ("Taliban kontrollerer nå største del av landet.", []),
    ("Taliban kontrollerer den største delen av landet.", []),
    ("Bergen er en av landets største byer.", []),
    ("Landets tre største byer er Oslo, Bergen og Trondheim.", []),
    ("De kontrollerer flere av de viktigste veiene.", []),
    ("Vi fryktet det verste.", []),
    ("Oslo er størst.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ranks(text, expected):
    found = [(m.rank, m.superlative, m.category_normalised, m.entity) for m in find_ranks(text, "nb")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Kandahar er landets nest største by.", "landets"),
        ("Kandahar er Afghanistans nest største by.", "Afghanistans"),
        ("Oslo er den største byen i Norge.", "i Norge"),
        ("Oslo er den største byen.", None),
    ],
)
def test_scope(text, scope):
    assert [m.scope for m in find_ranks(text, "nb")] == [scope]
