import pytest

CASES = [
    ("Saken fortsetter under annonsen", ["ad_marker"]),
    ("Foto: Andrew Harnik / AP", ["photo_credit"]),
    ("Les også: Kvinnen som leder an", ["read_also"]),
    ("Urix forklarer: Dette er Taliban", ["read_also"]),
    ("Kilde: NTB", ["source_credit"]),
    ("(NTB)", ["source_credit"]),
    ("Følg utviklingen i vårt nyhetssenter:", ["follow_prompt"]),
    ("Hva nå? Du trenger javascript for å se video.", ["video", "video"]),
    ("Fakta om krigen Ekspandér faktaboks Opprørerne rykker frem.", ["factbox", None]),
    ("Kilden sier at byen falt.", [None]),
    ("Eksperten forklarer at byen er omringet.", [None]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_boilerplate(boilerplate_of, text, expected):
    assert boilerplate_of(text, "nb") == expected
