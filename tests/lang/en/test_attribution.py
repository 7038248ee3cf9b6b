import pytest

from claimrec.extract.attribution import find_attribution, split_clauses

# (text, (source, kind, via))
SOURCES = [
    ("Kandahar has fallen, according to Reuters.", ("Reuters", "according_to", None)),
    ("The Taliban claim they control 85 percent of the country.", ("The Taliban", "claims", None)),
    ('"We had to leave," a spokesman for the police said.', ("a spokesman for the police", "says", None)),
    ("In May the city fell, said officials.", ("officials", "says", None)),
    ("Military officials told The New York Times that Kabul could fall.", ("Military officials", "says", None)),
    ("A report that said the city had fallen was withdrawn.", ("A report", "says", None)),
    ("He said the city had fallen.", (None, "says", None)),
    ("The claims were false.", (None, None, None)),
]

# (text, hedge)
HEDGES = [
    ("If Kandahar falls, the government will lose the south.", "conditional"),
    ("The city could fall within days.", "forecast"),
    ("Kabul may fall in May.", "forecast"),
    ("The number is expected to rise.", "forecast"),
    # Traps: the month "May", "as if", "can" with a first person or before "confirm".
    ("The withdrawal began in May.", None),
    ("He talked about the city as if it had fallen.", None),
    ("We can confirm that the city has fallen.", None),
    ("Officials can confirm that the city has fallen.", None),
]

CLAUSES = [
    (
        "Twelve capitals have fallen, thirteen if Kandahar is counted.",
        ["Twelve capitals have fallen, ", "thirteen if Kandahar is counted."],
    ),
    ("If Kandahar falls, 3000 troops will leave.", ["If Kandahar falls, 3000 troops will leave."]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source(text, expected):
    found = find_attribution(text, "en")
    assert (found.source, found.kind, found.via) == expected


@pytest.mark.parametrize(("text", "hedge"), HEDGES)
def test_hedge(text, hedge):
    assert find_attribution(text, "en").hedge == hedge


@pytest.mark.parametrize(("text", "clauses"), CLAUSES)
def test_clauses(text, clauses):
    assert [clause.text for clause in split_clauses(text, "en")] == clauses
