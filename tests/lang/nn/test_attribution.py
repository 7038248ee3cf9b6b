import pytest

from claimrec.extract.attribution import find_attribution, split_clauses

# (text, (source, kind, via))
SOURCES = [
    ("Byen har falle, ifølgje Reuters.", ("Reuters", "according_to", None)),
    ("Taliban hevdar at dei har teke byen.", ("Taliban", "claims", None)),
    ("Ein talsmann for politiet seier til NRK at byen har falle.", ("Ein talsmann for politiet", "says", "NRK")),
    ("– Vi måtte forlate byen, seier talsmannen.", ("talsmannen", "says", None)),
    ("Det opplyser politiet.", ("politiet", "says", None)),
    ("Byen fall torsdag.", (None, None, None)),
]

# (text, hedge)
HEDGES = [
    ("Viss dei tek makta, blir dei isolerte.", "conditional"),
    ("Dersom utviklinga held fram, fell Kabul.", "conditional"),
    ("Tretten om Kandahar faktisk er teken.", "conditional"),
    ("Kabul kan falle innan 30 dagar.", "forecast"),
    ("Byen fell truleg i helga.", "forecast"),
    # Traps: "om" as "about"/"to", "ein viss" (a certain), "kan" as ability.
    ("Dei snakka om Kandahar.", None),
    ("Dei ber partane om å trappe opp fredsprosessen.", None),
    ("Det er ein viss fare for at byen fell.", None),
    ("Vi kan stadfeste at byen har falle.", None),
]

CLAUSES = [
    (
        "Tolv hovudstader har falle på ei veke, tretten om Kandahar faktisk er teken.",
        ["Tolv hovudstader har falle på ei veke, ", "tretten om Kandahar faktisk er teken."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source(text, expected):
    found = find_attribution(text, "nn")
    assert (found.source, found.kind, found.via) == expected


@pytest.mark.parametrize(("text", "hedge"), HEDGES)
def test_hedge(text, hedge):
    assert find_attribution(text, "nn").hedge == hedge


@pytest.mark.parametrize(("text", "clauses"), CLAUSES)
def test_clauses(text, clauses):
    assert [clause.text for clause in split_clauses(text, "nn")] == clauses
