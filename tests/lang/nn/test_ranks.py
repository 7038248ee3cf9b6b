import pytest

from claimrec.extract.ranks import find_ranks

# (text, [(rank, superlative, category_normalised, entity)])
CASES = [
    ("Bergen er landets nest største by.", [(2, "largest", "city", "Bergen")]),
    ("Trondheim er den tredje største byen i landet.", [(3, "largest", "city", "Trondheim")]),
    ("Kandahar, den nest største byen, fall torsdag.", [(2, "largest", "city", "Kandahar")]),
    ("Landets største by er Oslo.", [(1, "largest", "city", "Oslo")]),
    ("Stavanger er den fjerde folkerikaste byen.", [(4, "most populous", "city", "Stavanger")]),
    ("Bergen er landets andre største by.", [(2, "largest", "city", "Bergen")]),
    # Traps: "andre" (other), "første gong" (first time), parts, groups, a pronoun subject.
    ("Dei andre største byane vart ramma.", []),
    ("For første gong er byen teken.", []),
    ("Taliban kontrollerer den største delen av landet.", []),
    ("Bergen er ein av dei største byane.", []),
    ("Det er landets nest største by.", [(2, "largest", "city", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ranks(text, expected):
    found = [(m.rank, m.superlative, m.category_normalised, m.entity) for m in find_ranks(text, "nn")]
    assert found == expected
