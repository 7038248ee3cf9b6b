"""Norwegian Nynorsk numbers: native text → the mentions `find_numbers` reports, traps included."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    # Values and number words
    ("3.000 soldatar og 150 000 menneske", ["3.000 → count 3000", "150 000 → count 150000"]),
    ("Tolv hovudstader har falle på berre ei veke", ["Tolv → count 12", "ei veke → duration 1 weeks"]),
    ("tjueein, tjuefem og eitt hundre og tjue", [
        "tjueein → count 21", "tjuefem → count 25", "eitt hundre og tjue → count 120",
    ]),
    ("Det kostar 1,2 millionar kroner", ["1,2 millionar → count 1200000"]),
    # Fractions, percentages, qualifiers, vague amounts and ranges
    ("Taliban kontrollerer to tredjedelar av landet", ["to tredjedelar → fraction 0.6667"]),
    ("halvparten av folket", ["halvparten → fraction 0.5"]),
    ("85 prosent av landet", ["85 prosent → percent 0.85"]),
    ("Storbritannia sender om lag 600 soldatar", ["om lag 600 → count 600 approx"]),
    ("meir enn 1000 soldatar har flykta", ["meir enn 1000 → count 1000 more_than ≥1000"]),
    ("minst 20, høgst 40 og opptil 60", [
        "minst 20 → count 20 at_least ≥20", "høgst 40 → count 40 at_most ≤40", "opptil 60 → count 60 up_to ≤60",
    ]),
    ("hundrevis av menneske og fleire hundre soldatar", [
        "hundrevis → count 200–999 approx", "fleire hundre → count 200–999 approx",
    ]),
    ("mellom 24 og 48 timar", ["mellom 24 og 48 timar → duration 24–48 hours"]),
    ("fem-seks tusen soldatar og to-tre dagar", [
        "fem-seks tusen → count 5000–6000", "to-tre dagar → duration 2–3 days",
    ]),
    # Units: "mil" is 10 km
    ("Ghazni ligg vel 15 mil frå Kabul", ["vel 15 mil → quantity 150 km approx ≥150"]),
    ("Kabul kan falle innan 30 dagar", ["30 dagar → duration 30 days"]),
    # Traps: articles, "andre", ordinals, years and clock times are no counts
    ("ein mann, ei kvinne og eit barn", []),
    ("Fleire andre byar er omringa", []),
    ("Herat er den tredje største byen", ["tredje → ordinal 3"]),
    ("sidan 1989, i 2001 og på 1990-talet", ["1989 → year 1989", "2001 → year 2001", "1990-talet → year 1990"]),
    ("kl. 20.30 og klokka 8", ["kl. 20.30 → clock 20.5", "klokka 8 → clock 8"]),
    ("Det skjedde 4. august", ["4. → ordinal 4"]),
    # Half, ages, multiplicatives, one, compounds
    ('den andre halvdelen og halvparten av folket', ['halvparten → fraction 0.5']),
    ('ein halv time', ['ein halv time → duration 0.5 hours']),
    ('Tre menn på 33, 34 og 39 år er arresterte', [
        'Tre → count 3', '33 → quantity 33 years_of_age', '34 → quantity 34 years_of_age',
        '39 år → quantity 39 years_of_age',
    ]),
    ('ein trettenåring og ein 13-årig gut', [
        'trettenåring → quantity 13 years_of_age', '13-årig → quantity 13 years_of_age',
    ]),
    ('to gonger', ['to gonger → count 2 times']),
    ('meir enn ein og minst eitt', ['meir enn ein → count 1 more_than ≥1', 'minst eitt → count 1 at_least ≥1']),
    ('éin person døydde', []),
    ('ei femårsplan og eit seksspels program', ['femårs → duration 5 years', 'seks → count 6']),
    ('tiger og tier', []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nynorsk_numbers(numbers_of: Callable[[str, str], list[str]], text: str, expected: list[str]) -> None:
    assert numbers_of(text, "nn") == expected
