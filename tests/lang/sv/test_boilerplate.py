import pytest

CASES = [
    ("Artikeln fortsätter under annonsen", ["ad_marker"]),
    ("Foto: Anders Wiklund/TT", ["photo_credit"]),
    ("Läs också: Talibanerna tar över", ["read_also"]),
    ("Källa: TT", ["source_credit"]),
    ("TT", ["source_credit"]),
    ("Källan säger att staden har fallit.", [None]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_boilerplate(boilerplate_of, text, expected):
    assert boilerplate_of(text, "sv") == expected
