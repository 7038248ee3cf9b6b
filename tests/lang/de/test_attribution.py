import pytest

from claimrec.extract.attribution import find_attribution, split_clauses

# (text, (source, kind, via))
SOURCES = [
    ("Laut Reuters ist Kandahar gefallen.", ("Reuters", "according_to", None)),
    ("Der Polizei zufolge ist die Stadt gefallen.", ("Der Polizei", "according_to", None)),
    ("Nach Angaben der Polizei ist die Stadt gefallen.", ("der Polizei", "according_to", None)),
    ("Die Taliban behaupten, sie kontrollierten 85 Prozent des Landes.", ("Die Taliban", "claims", None)),
    ("Ein Sprecher der Polizei sagte, die Stadt sei gefallen.", ("Ein Sprecher der Polizei", "says", None)),
    ("„Wir mussten die Stadt verlassen“, sagte der Sprecher.", ("der Sprecher", "says", None)),
    ("Das sagte der Sprecher der Regierung.", ("der Sprecher der Regierung", "says", None)),
    ("Am Donnerstag bestätigte das Ministerium, dass die Stadt gefallen sei.", ("das Ministerium", "says", None)),
    ("Die Stadt fiel am Donnerstag.", (None, None, None)),
]

# (text, hedge)
HEDGES = [
    ("Wenn Kandahar fällt, verliert die Regierung den Süden.", "conditional"),
    ("Dreizehn, falls Kandahar tatsächlich gefallen ist.", "conditional"),
    ("Die Stadt könnte bald fallen.", "forecast"),
    ("Die Zahl dürfte weiter steigen.", "forecast"),
    ("Die Stadt kann in wenigen Tagen fallen.", "forecast"),
    # Traps: concessive "auch wenn", "kann" as ability, "ob" (whether) is no condition.
    ("Auch wenn die Stadt fällt, kämpft die Armee weiter.", None),
    ("Wir können bestätigen, dass die Stadt gefallen ist.", None),
    ("Es ist unklar, ob die Stadt gefallen ist.", None),
]

CLAUSES = [
    (
        "Zwölf Hauptstädte sind gefallen, dreizehn falls Kandahar mitgezählt wird.",
        ["Zwölf Hauptstädte sind gefallen, ", "dreizehn falls Kandahar mitgezählt wird."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source(text, expected):
    found = find_attribution(text, "de")
    assert (found.source, found.kind, found.via) == expected


@pytest.mark.parametrize(("text", "hedge"), HEDGES)
def test_hedge(text, hedge):
    assert find_attribution(text, "de").hedge == hedge


@pytest.mark.parametrize(("text", "clauses"), CLAUSES)
def test_clauses(text, clauses):
    assert [clause.text for clause in split_clauses(text, "de")] == clauses
