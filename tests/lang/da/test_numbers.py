"""Danish numbers: native text → the mentions `find_numbers` reports, traps included."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    # Values
    ("Omkring 3000 soldater vil blive indsat", ["Omkring 3000 → count 3000 approx"]),
    ("Også Storbritannien sender omkring 600 soldater", ["omkring 600 → count 600 approx"]),
    ("1037 afghanske regeringssoldater er flygtet", ["1037 → count 1037"]),
    ("Over 1000 afghanske regeringssoldater er flygtet", ["Over 1000 → count 1000 more_than ≥1000"]),
    ("Der blev sendt 3.000 soldater, og renten steg 3,5 procent", [
        "3.000 → count 3000", "3,5 procent → percent 0.035",
    ]),
    ("Byen har 150 000 indbyggere", ["150 000 → count 150000"]),
    ("Byen har 150\u00a0000 indbyggere", ["150\u00a0000 → count 150000"]),
    ("Det koster 1,2 millioner kroner og 3 mia. kr.", ["1,2 millioner → count 1200000", "3 mia. → count 3000000000"]),
    ("Storbritannien sender 600 hundrede soldater", ["600 hundrede → count 60000"]),
    # Number words, the vigesimal tens included
    ("halvtreds, tres, halvfjerds, firs og halvfems", [
        "halvtreds → count 50", "tres → count 60", "halvfjerds → count 70", "firs → count 80", "halvfems → count 90",
    ]),
    ("Han sad fængslet i halvtredsindstyve år", ["halvtredsindstyve år → duration 50 years"]),
    ("seksogtyve soldater og femhundrede biler", ["seksogtyve → count 26", "femhundrede → count 500"]),
    ("to tusind tre hundrede og seksoghalvtreds", ["to tusind tre hundrede og seksoghalvtreds → count 2356"]),
    ("Tolv byer og et hundrede mennesker", ["Tolv → count 12", "et hundrede → count 100"]),
    # Fractions and percentages
    ("omkring to tredjedele af Afghanistans areal", ["omkring to tredjedele → fraction 0.6667 approx"]),
    ("en fjerdedel af befolkningen og halvdelen af landet", [
        "en fjerdedel → fraction 0.25", "halvdelen → fraction 0.5",
    ]),
    ("85 procent, 85 % og 85%", ["85 procent → percent 0.85", "85 % → percent 0.85", "85% → percent 0.85"]),
    ("Arbejdsløsheden faldt 0,5 procentpoint", ["0,5 procentpoint → quantity 0.5 percentage_points"]),
    # Qualifiers, vague amounts and ranges
    ("cirka 20, knap 30, godt 40, mindst 50, højst 60, op til 70, færre end 80 og mere end 90", [
        "cirka 20 → count 20 approx", "knap 30 → count 30 approx ≤30", "godt 40 → count 40 approx ≥40",
        "mindst 50 → count 50 at_least ≥50", "højst 60 → count 60 at_most ≤60", "op til 70 → count 70 up_to ≤70",
        "færre end 80 → count 80 less_than ≤80", "mere end 90 → count 90 more_than ≥90",
    ]),
    ("100 eller flere", ["100 eller flere → count 100 at_least ≥100"]),
    ("flere hundrede soldater og tusindvis af flygtninge", [
        "flere hundrede → count 200–999 approx", "tusindvis → count 2000–9999 approx",
    ]),
    ("i 24 til 48 timer, 24-48 timer eller mellem 24 og 48 timer", [
        "24 til 48 timer → duration 24–48 hours", "24-48 timer → duration 24–48 hours",
        "mellem 24 og 48 timer → duration 24–48 hours",
    ]),
    # A scale written once after a range is the scale of both ends, where the low end is below its leading part
    ("fem til seks tusinde soldater", ["fem til seks tusinde → count 5000–6000"]),
    ("Mellem 5-6.000 soldater.", ["5-6.000 → count 5000–6000"]),
    ("2-6.000 soldater, 500-6.000 kroner og 1,5-2 millioner kroner", [
        "2-6.000 → count 2000–6000", "500-6.000 → count 500–6000", "1,5-2 millioner → count 1500000–2000000",
    ]),
    ("fyrre til halvtreds tusinde", ["fyrre til halvtreds tusinde → count 40000–50000"]),
    ("fem til seks hundrede tusinde", ["fem til seks hundrede tusinde → count 500000–600000"]),
    # Number words joined by a hyphen are a range
    ("Mellem fem-seks tusinde soldater.", ["fem-seks tusinde → count 5000–6000"]),
    ("to-tre dage senere", ["to-tre dage → duration 2–3 days"]),
    ("fra 2001 til 2005", ["2001 → year 2001", "2005 → year 2005"]),
    ("Antallet steg fra 20 til 30 soldater", ["20 → count 20", "30 → count 30"]),
    # Units
    ("15 km og 10 engelske mil", ["15 km → quantity 15 km", "10 engelske mil → quantity 16.0934 km"]),
    # Danish "mil" is ambiguous (old Danish mile, English mile, 10 km): kept unconverted.
    ("Byen ligger 15 mil væk", ["15 mil → quantity 15 mil"]),
    ("550 kg og 3 ton", ["550 kg → quantity 550 kg", "3 ton → quantity 3000 kg"]),
    ("10 års fængsel til en 13-årig dreng", ["10 års → duration 10 years", "13-årig → quantity 13 years_of_age"]),
    ("Han kom 20 minutter for sent", ["20 minutter → duration 20 minutes"]),
    # Traps: articles, "andre", ordinals, years, dates and clock times are no counts
    ("en mand og et barn så de andre byer", []),
    ("på bare en uge", ["en uge → duration 1 weeks"]),
    ("Det er landets næststørste by", []),
    ("den første by og 4. august under 2. Verdenskrig", ["første → ordinal 1", "4. → ordinal 4", "2. → ordinal 2"]),
    ("Han blev nr. 3", ["nr. 3 → ordinal 3"]),
    ("i 2001, i sæsonen 2001/2002 og siden 1989", [
        "2001 → year 2001", "2001/2002 → year 2001 ≥2001 ≤2002", "1989 → year 1989",
    ]),
    ("i 1990'erne og i starten af 2018", ["1990'erne → year 1990", "2018 → year 2018"]),
    ("Hun blev født den 30. september 2018", ["30. → ordinal 30", "2018 → year 2018"]),
    ("kl. 20.30, klokken 8 og 20:30", ["kl. 20.30 → clock 20.5", "klokken 8 → clock 8", "20:30 → clock 20.5"]),
    ("De fik kontrol over 12 byer", ["12 → count 12"]),
    ("en 1-0-sejr og et 3D-billede", []),
    # Half: a part after an ordinal, a possessive or a name; a share otherwise
    ('Han løb ind på Liverpools halvdel i første halvdel', ['første → ordinal 1']),
    ('halvdelen af landet, næsten halvdelen og deres egen halvdel', [
        'halvdelen → fraction 0.5', 'næsten halvdelen → fraction 0.5 approx ≤0.5',
    ]),
    ('i omkring en halv time og en halv million', [
        'omkring en halv time → duration 0.5 hours approx', 'en halv million → count 500000',
    ]),
    ('klokken halv fem', ['fem → count 5']),
    # Ages; after a person noun and "på" a number of years, or a bare number no noun follows
    ('Tre mænd på 33, 34 og 39 år er anholdt', [
        'Tre → count 3', '33 → quantity 33 years_of_age', '34 → quantity 34 years_of_age',
        '39 år → quantity 39 years_of_age',
    ]),
    ('Politi arresterer mand på 32 under mistanke', ['32 → quantity 32 years_of_age']),
    ('en dom på 39 år og personer på 3 adresser', ['39 år → duration 39 years', '3 → count 3']),
    ('i en alder af 39 år og 39 år gammel', [
        '39 år → quantity 39 years_of_age', '39 år gammel → quantity 39 years_of_age',
    ]),
    ('en 39-årig, den 39-årige, en trettenåring og en 13-åring', [
        '39-årig → quantity 39 years_of_age', '39-årige → quantity 39 years_of_age',
        'trettenåring → quantity 13 years_of_age', '13-åring → quantity 13 years_of_age',
    ]),
    # Multiplicatives; "en gang" is also "once upon a time", "én gang" is once
    ('to gange, tre gange så mange og en tredobbelt vinder', [
        'to gange → count 2 times', 'tre gange → count 3 times', 'tredobbelt → count 3 times',
    ]),
    ('en gang og én gang', []),
    ('to dobbelte whiskyer', ['to → count 2']),
    # "en"/"et" after a comparison; the accented "én" alone
    ('mere end en, mindst et og over en bro', [
        'mere end en → count 1 more_than ≥1', 'mindst et → count 1 at_least ≥1',
    ]),
    ('én person døde', []),
    # Number words glued to a compound element; anything else is no number
    ('en femårsplan, et tiårsjubilæum og en todages konference', [
        'femårs → duration 5 years', 'tiårs → duration 10 years', 'todages → duration 2 days',
    ]),
    ('en tomandsbolig og firepoints forspring', ['to → count 2', 'fire → count 4']),
    ('Trebarnsmoren Willoughby', ['Tre → count 3']),
    ('tiger, tier, fireren, tolvte og firewall', ['tolvte → ordinal 12']),
    # Lists share their unit
    ('5, 10 og 15 procent', ['5 → percent 0.05', '10 → percent 0.1', '15 procent → percent 0.15']),
    # Known limitation: "tyve" (thieves) reads as 20
    ('Tyve stjal 26.750 dollar', ['Tyve → count 20', '26.750 → count 26750']),
    # A bare number after a label noun is a label
    ('sejr i duel fire og kampen på hul 15, se side 3', [
        'duel fire → ordinal 4', 'hul 15 → ordinal 15', 'side 3 → ordinal 3',
    ]),
    ('et arbejdsløshedstal på over 20 percent', ['over 20 percent → percent 0.2 more_than ≥0.2']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_danish_numbers(numbers_of: Callable[[str, str], list[str]], text: str, expected: list[str]) -> None:
    assert numbers_of(text, "da") == expected
