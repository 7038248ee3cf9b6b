"""Swedish numbers: native text → the mentions `find_numbers` reports, traps included."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    # Values and number words
    ("3 000 soldater, 150 000 invånare och 3,5 procent", [
        "3 000 → count 3000", "150 000 → count 150000", "3,5 procent → percent 0.035",
    ]),
    ("tjugofem soldater, tvåhundra bilar, ettusen hus och tjugoettusen människor", [
        "tjugofem → count 25", "tvåhundra → count 200", "ettusen → count 1000", "tjugoettusen → count 21000",
    ]),
    ("1,2 miljoner och 3 miljarder kronor", ["1,2 miljoner → count 1200000", "3 miljarder → count 3000000000"]),
    ("2000 soldater skickas", ["2000 → count 2000"]),
    # Fractions and percentages
    ("två tredjedelar av landet och hälften av befolkningen", [
        "två tredjedelar → fraction 0.6667", "hälften → fraction 0.5",
    ]),
    # Qualifiers, vague amounts and ranges
    ("omkring 3000 soldater och över 1000 flyktingar", [
        "omkring 3000 → count 3000 approx", "över 1000 → count 1000 more_than ≥1000",
    ]),
    ("nästan 100 döda", ["nästan 100 → count 100 approx ≤100"]),
    ("minst 50, högst 60, färre än 70 och mer än 80", [
        "minst 50 → count 50 at_least ≥50", "högst 60 → count 60 at_most ≤60", "färre än 70 → count 70 less_than ≤70",
        "mer än 80 → count 80 more_than ≥80",
    ]),
    ("hundratals personer och tiotusentals flyktingar", [
        "hundratals → count 200–999 approx", "tiotusentals → count 20000–99999 approx",
    ]),
    ("flera hundra soldater", ["flera hundra → count 200–999 approx"]),
    ("mellan 24 och 48 timmar", ["mellan 24 och 48 timmar → duration 24–48 hours"]),
    ("fem-sex tusen soldater och 5-6 000 soldater", [
        "fem-sex tusen → count 5000–6000", "5-6 000 → count 5000–6000",
    ]),
    ("Det tog sex-sju timmar.", ["sex-sju timmar → duration 6–7 hours"]),
    # Units: "mil" is 10 km
    ("Ghazni ligger drygt 15 mil från Kabul", ["drygt 15 mil → quantity 150 km approx ≥150"]),
    ("upp till 30 dagar", ["upp till 30 dagar → duration 30 days up_to ≤30"]),
    ("en 13-åring", ["13-åring → quantity 13 years_of_age"]),
    # Traps: articles, "andra", ordinals, years, dates and clock times are no counts
    ("en man och ett barn", []),
    ("på bara en vecka", ["en vecka → duration 1 weeks"]),
    ("andra städer", []),
    ("Herat är landets tredje största stad", ["tredje → ordinal 3"]),
    ("Han kom på 1:a plats och hon på 3:e", ["1:a → ordinal 1", "3:e → ordinal 3"]),
    ("den 30 september 2018", ["30 → ordinal 30", "2018 → year 2018"]),
    ("på 1990-talet och sedan 1989", ["1990-talet → year 1990", "1989 → year 1989"]),
    ("2016 attackerade en gris en kvinna", ["2016 → year 2016"]),
    ("klockan 20.30 och kl. 8", ["klockan 20.30 → clock 20.5", "kl. 8 → clock 8"]),
    # Half, ages (also in dashes or commas after a noun), multiplicatives, one, compounds
    ('andra hälften och hälften av befolkningen', ['hälften → fraction 0.5']),
    ('i en halvtimme och en halv miljon', ['halvtimme → duration 0.5 hours', 'en halv miljon → count 500000']),
    ('Tre män på 33, 34 och 39 år greps', [
        'Tre → count 3', '33 → quantity 33 years_of_age', '34 → quantity 34 years_of_age',
        '39 år → quantity 39 years_of_age',
    ]),
    ('Tre män – 33, 34 och 39 – har gripits', [
        'Tre → count 3', '33 → quantity 33 years_of_age', '34 → quantity 34 years_of_age',
        '39 → quantity 39 years_of_age',
    ]),
    ('Men skådespelaren, 31, har', ['31 → quantity 31 years_of_age']),
    ('en trettonåring, en 39-åriga och 39 år gammal', [
        'trettonåring → quantity 13 years_of_age', '39-åriga → quantity 39 years_of_age',
        '39 år gammal → quantity 39 years_of_age',
    ]),
    ('två gånger och en trefaldig vinnare', ['två gånger → count 2 times', 'trefaldig → count 3 times']),
    ('mer än en, minst ett och över en bro', ['mer än en → count 1 more_than ≥1', 'minst ett → count 1 at_least ≥1']),
    ('en sexpoängsledning, trebarnsmamman och en femårsplan', [
        'sex → count 6', 'tre → count 3', 'femårs → duration 5 years',
    ]),
    ('sexig och tiger', []),
    # The noun "sex" before a function word; the number before what it counts.
    ('män som har sex med män', []),
    ('de har sex barn', ['sex → count 6']),
    # A bare number after a label noun is a label
    ('för att ta matchen fyra all-square, i kapitel 3', ['matchen fyra → ordinal 4', 'kapitel 3 → ordinal 3']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_swedish_numbers(numbers_of: Callable[[str, str], list[str]], text: str, expected: list[str]) -> None:
    assert numbers_of(text, "sv") == expected
