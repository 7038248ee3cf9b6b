import pytest

CASES = [
    ("Advertisement", ["ad_marker"]),
    ("Story continues below advertisement", ["ad_marker"]),
    ("Photo: Rahmat Gul / AP", ["photo_credit"]),
    ("Read more: The Taliban's advance", ["read_also"]),
    ("Source: Reuters", ["source_credit"]),
    ("(Reuters)", ["source_credit"]),
    ("AP", ["source_credit"]),
    ("The photographer took the picture on Thursday.", [None]),
    ("Reuters reports that 600 troops will be sent.", [None]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_boilerplate(boilerplate_of, text, expected):
    assert boilerplate_of(text, "en") == expected
