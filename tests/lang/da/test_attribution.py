import pytest

from claimrec.extract.attribution import find_attribution, split_clauses

# (text, (source, kind, via))
SOURCES = [
    (
        "Det oplyser en talsmand for politiet ifølge nyhedsbureauet Reuters.",
        ("en talsmand for politiet", "says", "Reuters"),
    ),
    (
        "Det oplyser det centralasiatiske lands nationale sikkerhedskomité.",
        ("det centralasiatiske lands nationale sikkerhedskomité", "says", None),
    ),
    ("Fik tilladelse til at komme ind, oplyser det statslige informationsbureau Khovar.", ("Khovar", "says", None)),
    (
        "Embedsmænd i det amerikanske forsvar siger til Reuters, at enhederne bliver.",
        ("Embedsmænd i det amerikanske forsvar", "says", "Reuters"),
    ),
    (
        "Den afghanske regering siger i en erklæring, at militæret forbereder en modoffensiv.",
        ("Den afghanske regering", "says", None),
    ),
    ("Torsdag aften meddelte USA, at man vil sende soldater.", ("USA", "says", None)),
    ("Taliban hævder at have erobret byen.", ("Taliban", "claims", None)),
    ("Ifølge Ritzau er byen faldet.", ("Ritzau", "according_to", None)),
    ("Han siger, at byen er faldet.", (None, "says", None)),
    ("Påstanden blev afvist.", (None, None, None)),
]

# (text, hedge)
HEDGES = [
    ("Han vil blive isoleret, hvis han tager magten.", "conditional"),
    ("Tretten, om Kandahar faktisk er faldet.", "conditional"),
    ("Omkring 650 soldater ventes at blive tilbage.", "forecast"),
    ("Det amerikanske militær kan inden for få dage afslutte tilbagetrækningen.", "forecast"),
    ("Byen falder formentlig i weekenden.", "forecast"),
    # Traps: "om" as "about"/"to", "selv om", "kan" as ability.
    ("De beder parterne om at fremskynde fredsprocessen.", None),
    ("Principperne om godt naboskab gælder.", None),
    ("Selv om byen er faldet, kæmper hæren videre.", None),
    ("Vi kan bekræfte, at byen er faldet.", None),
    ("Byen faldt torsdag aften.", None),
]

CLAUSES = [
    (
        "Tolv hovedstæder er faldet på en uge, tretten hvis Kandahar regnes med.",
        ["Tolv hovedstæder er faldet på en uge, ", "tretten hvis Kandahar regnes med."],
    ),
    ("Hvis Taliban fører krig, så vil vi give børn våben.", ["Hvis Taliban fører krig, så vil vi give børn våben."]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source(text, expected):
    found = find_attribution(text, "da")
    assert (found.source, found.kind, found.via) == expected


@pytest.mark.parametrize(("text", "hedge"), HEDGES)
def test_hedge(text, hedge):
    assert find_attribution(text, "da").hedge == hedge


@pytest.mark.parametrize(("text", "clauses"), CLAUSES)
def test_clauses(text, clauses):
    assert [clause.text for clause in split_clauses(text, "da")] == clauses
