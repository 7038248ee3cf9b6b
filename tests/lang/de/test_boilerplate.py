import pytest

CASES = [
    ("Anzeige", ["ad_marker"]),
    ("Foto: Michael Kappeler/dpa", ["photo_credit"]),
    ("Lesen Sie auch: Die Taliban rücken vor", ["read_also"]),
    ("Mehr zum Thema: Afghanistan", ["read_also"]),
    ("Quelle: dpa", ["source_credit"]),
    ("dpa/AFP", ["source_credit"]),
    ("Die Quelle sagt, die Stadt sei gefallen.", [None]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_boilerplate(boilerplate_of, text, expected):
    assert boilerplate_of(text, "de") == expected
