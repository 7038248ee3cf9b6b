import pytest

from claimrec.extract.ranks import find_ranks

# (text, [(rank, superlative, category_normalised, entity)])
CASES = [
    ("Göteborg är Sveriges näst största stad.", [(2, "largest", "city", "Göteborg")]),
    ("Göteborg är Sveriges näststörsta stad.", [(2, "largest", "city", "Göteborg")]),
    ("Malmö är landets tredje största stad.", [(3, "largest", "city", "Malmö")]),
    ("Göteborg är den andra största staden i Sverige.", [(2, "largest", "city", "Göteborg")]),
    ("Stockholm, Sveriges största stad, växer.", [(1, "largest", "city", "Stockholm")]),
    ("Uppsala är landets 4:e största stad.", [(4, "largest", "city", "Uppsala")]),
    ("Landets äldsta stad är Sigtuna.", [(1, "oldest", "city", "Sigtuna")]),
    ("Kebnekaise är Sveriges högsta berg.", [(1, "highest", "mountain", "Kebnekaise")]),
    # Traps: "andra" (other), "första gången" (first time), groups and parts.
    ("De andra största städerna är Göteborg och Malmö.", []),
    ("För första gången föll staden.", []),
    ("Göteborg är en av landets största städer.", []),
    ("Talibanerna kontrollerar den största delen av landet.", []),
    ("Det är landets näst största stad.", [(2, "largest", "city", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ranks(text, expected):
    found = [(m.rank, m.superlative, m.category_normalised, m.entity) for m in find_ranks(text, "sv")]
    assert found == expected
