import pytest

CASES = [
    ("Foto: Ola Nordmann / NTB", ["photo_credit"]),
    ("Les òg: Slik gjekk det", ["read_also"]),
    ("Kjelde: NTB", ["source_credit"]),
    ("Kjelda seier at byen fall.", [None]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_boilerplate(boilerplate_of, text, expected):
    assert boilerplate_of(text, "nn") == expected
