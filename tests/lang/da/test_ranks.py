import pytest

from claimrec.extract.ranks import find_ranks

# (text, [(rank, superlative, category_normalised, entity)])
CASES = [
    ("Aarhus er Danmarks næststørste by.", [(2, "largest", "city", "Aarhus")]),
    ("Odense er landets tredjestørste by.", [(3, "largest", "city", "Odense")]),
    ("Odense er landets tredje største by.", [(3, "largest", "city", "Odense")]),
    ("Kandahar, landets næststørste by, faldt torsdag.", [(2, "largest", "city", "Kandahar")]),
    ("Danmarks anden største by er Aarhus.", [(2, "largest", "city", "Aarhus")]),
    ("København er den største by i Danmark.", [(1, "largest", "city", "København")]),
    ("Aalborg er landets 4. største by.", [(4, "largest", "city", "Aalborg")]),
    ("Kastrup er Nordens travleste lufthavn.", [(1, "busiest", "airport", "Kastrup")]),
    ("Bagram, der er hjemsted for den største militære luftbase i landet.", [(1, "largest", "luftbase", None)]),
    # Traps: the sentence before names the city; "anden" (other) and "første gang" (first time).
    ("Det er landets næststørste by.", [(2, "largest", "city", None)]),
    ("En anden største by blev også ramt.", []),
    ("Han blev for første gang valgt.", []),
    ("Det er den største del af landet.", []),
    ("Aalborg er en af landets største byer.", []),
    ("De største byer blev ramt.", []),
    ("Aarhus er størst.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ranks(text, expected):
    found = [(m.rank, m.superlative, m.category_normalised, m.entity) for m in find_ranks(text, "da")]
    assert found == expected


def test_pronoun_subject_is_reported_for_resolution():
    [mention] = find_ranks("Det er landets næststørste by.", "da")
    assert (mention.text, mention.scope, mention.entity_pronoun) == ("landets næststørste by", "landets", "Det")
