import pytest

from claimrec.extract.attribution import find_attribution, split_clauses

# (text, (source, kind, via))
SOURCES = [
    ("Enligt Reuters har Kandahar fallit.", ("Reuters", "according_to", None)),
    ("Talibanerna hävdar att de kontrollerar 85 procent av landet.", ("Talibanerna", "claims", None)),
    ("Det uppger en talesperson för polisen.", ("en talesperson för polisen", "says", None)),
    ("En talesperson säger till TT att staden har fallit.", ("En talesperson", "says", "TT")),
    ("– Vi måste lämna staden, säger talespersonen till SVT.", ("talespersonen", "says", "SVT")),
    ("I torsdags bekräftade ministeriet att staden hade fallit.", ("ministeriet", "says", None)),
    ("Staden föll i torsdags.", (None, None, None)),
]

# (text, hedge)
HEDGES = [
    ("Om Kandahar faller, förlorar regeringen södern.", "conditional"),
    ("Tretton om Kandahar verkligen är intaget.", "conditional"),
    ("Ifall de tar makten blir de isolerade.", "conditional"),
    ("Staden kan falla inom några dagar.", "forecast"),
    ("Antalet väntas stiga.", "forecast"),
    ("Styrkorna kan komma att lämna landet.", "forecast"),
    # Traps: "om" as "about"/"whether", "även om", "kan" as ability.
    ("De pratade om Kandahar.", None),
    ("Han frågade om de hade lämnat staden.", None),
    ("Även om staden faller fortsätter striderna.", None),
    ("Vi kan bekräfta att staden har fallit.", None),
]

CLAUSES = [
    (
        "Tolv huvudstäder har fallit, tretton om Kandahar verkligen är intaget.",
        ["Tolv huvudstäder har fallit, ", "tretton om Kandahar verkligen är intaget."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source(text, expected):
    found = find_attribution(text, "sv")
    assert (found.source, found.kind, found.via) == expected


@pytest.mark.parametrize(("text", "hedge"), HEDGES)
def test_hedge(text, hedge):
    assert find_attribution(text, "sv").hedge == hedge


@pytest.mark.parametrize(("text", "clauses"), CLAUSES)
def test_clauses(text, clauses):
    assert [clause.text for clause in split_clauses(text, "sv")] == clauses
