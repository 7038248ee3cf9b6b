import pytest

CASES = [
    ("Artiklen fortsætter under annoncen", ["ad_marker"]),
    ("Foto: Mads Claus Rasmussen/Ritzau Scanpix", ["photo_credit"]),
    ("Læs også: Taliban rykker frem", ["read_also"]),
    ("/ritzau/", ["source_credit"]),
    ("ritzau/Reuters", ["source_credit"]),
    ("Kilde: DR", ["source_credit"]),
    ("Fotografen tog billedet i går.", [None]),
    ("Ritzau oplyser, at 600 soldater sendes af sted.", [None]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_boilerplate(boilerplate_of, text, expected):
    assert boilerplate_of(text, "da") == expected
