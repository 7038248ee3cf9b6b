"""Norwegian Bokmål numbers: native text → the mentions `find_numbers` reports, traps included."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    # Values
    ("USA har besluttet å sende 3.000 soldater til Kabul", ["3.000 → count 3000"]),
    ("3000 amerikanske soldater er på vei tilbake", ["3000 → count 3000"]),
    ("Storbritannia vil sende rundt 600 soldater", ["rundt 600 → count 600 approx"]),
    ("Storbritannia sender også 600 hundre soldater", ["600 hundre → count 60000"]),
    ("24 000 og 150 000 mennesker", ["24 000 → count 24000", "150 000 → count 150000"]),
    ("Markedet er verdt 2,8 millioner kroner og 3 mrd. kroner", [
        "2,8 millioner → count 2800000", "3 mrd. → count 3000000000",
    ]),
    # Number words: capitalised, new and old counting, compounds
    ("Tolv hovedsteder er falt på bare en uke, tretten om Kandahar faktisk er inntatt.", [
        "Tolv → count 12", "en uke → duration 1 weeks", "tretten → count 13",
    ]),
    ("I løpet av under en uke har Taliban erobret elleve provinshovedsteder", [
        "under en uke → duration 1 weeks less_than ≤1", "elleve → count 11",
    ]),
    ("tjuefem, femogtjue, tjueen, hundre og tjue og to tusen og fem", [
        "tjuefem → count 25", "femogtjue → count 25", "tjueen → count 21", "hundre og tjue → count 120",
        "to tusen og fem → count 2005",
    ]),
    ("ettusen, tohundre, syv og sju", [
        "ettusen → count 1000", "tohundre → count 200", "syv → count 7", "sju → count 7",
    ]),
    # Fractions and percentages
    ("Taliban kontrollerer rundt to tredeler av landet", ["rundt to tredeler → fraction 0.6667 approx"]),
    ("halvparten av befolkningen og en tredjedel av landet", [
        "halvparten → fraction 0.5", "en tredjedel → fraction 0.3333",
    ]),
    ("Taliban hevdet å ha kontroll over 85 prosent av landet", ["85 prosent → percent 0.85"]),
    ("Renten steg 0,25 prosentpoeng", ["0,25 prosentpoeng → quantity 0.25 percentage_points"]),
    # Qualifiers, vague amounts and ranges
    ("opptil 30 prosent, mer enn 10 000 og snaut 50", [
        "opptil 30 prosent → percent 0.3 up_to ≤0.3", "mer enn 10 000 → count 10000 more_than ≥10000",
        "snaut 50 → count 50 approx ≤50",
    ]),
    ("minst 20, høyst 40, flere enn 60 og færre enn 80", [
        "minst 20 → count 20 at_least ≥20", "høyst 40 → count 40 at_most ≤40", "flere enn 60 → count 60 more_than ≥60",
        "færre enn 80 → count 80 less_than ≤80",
    ]),
    ("hundrevis av mennesker og titusenvis av flyktninger", [
        "hundrevis → count 200–999 approx", "titusenvis → count 20000–99999 approx",
    ]),
    ("Det kan skje i løpet av de neste 24 til 48 timene", ["24 til 48 timene → duration 24–48 hours"]),
    ("mellom 24 og 48 timer", ["mellom 24 og 48 timer → duration 24–48 hours"]),
    ("fem–seks tusen soldater og 5-6 000 soldater", [
        "fem–seks tusen → count 5000–6000", "5-6 000 → count 5000–6000",
    ]),
    ("to-tre dager senere", ["to-tre dager → duration 2–3 days"]),
    # Units: "mil" is 10 km
    ("Ghazni ligger 15 mil sør for Kabul", ["15 mil → quantity 150 km"]),
    ("Ghazni ligger vel 15 mil unna hovedstaden", ["vel 15 mil → quantity 150 km approx ≥150"]),
    ("Kabul kan falle innen 30 dager", ["30 dager → duration 30 days"]),
    ("20 år gammel og en 13-åring", ["20 år gammel → quantity 20 years_of_age", "13-åring → quantity 13 years_of_age"]),
    # Traps: articles, "andre", ordinals, years, dates and clock times are no counts
    ("et hus, ei jente og en bil", []),
    ("Det tok ett år", ["ett år → duration 1 years"]),
    ("Flere andre provinshovedsteder er beleiret", []),
    ("Herat er landets tredje største by", ["tredje → ordinal 3"]),
    ("Han kom på tjueandre plass og er nummer to", ["tjueandre → ordinal 22", "nummer to → ordinal 2"]),
    ("Taliban har i august tatt kontroll over tolv provinshovedsteder", ["tolv → count 12"]),
    ("Det skjedde 4. august under 2. verdenskrig", ["4. → ordinal 4", "2. → ordinal 2"]),
    ("i 2021, sesongen 2001/2002, på 1990-tallet, kl. 05.00 og klokka 8", [
        "2021 → year 2021", "2001/2002 → year 2001 ≥2001 ≤2002", "1990-tallet → year 1990", "kl. 05.00 → clock 5",
        "klokka 8 → clock 8",
    ]),
    ("Forhandlingene har pågått siden 1989 og 2019-sesongen", ["1989 → year 1989", "2019 → year 2019"]),
    ("Det er uklart hva som er nytt", []),
    # Half: a part after an ordinal, a determiner or a name; a share otherwise
    ('Han sprintet inn på Liverpools halvdel i første halvdel', ['første → ordinal 1']),
    ('halvparten av landet, nesten halvparten og den ene halvdelen', [
        'halvparten → fraction 0.5', 'nesten halvparten → fraction 0.5 approx ≤0.5',
    ]),
    ('i rundt en halvtime og en halv million', ['halvtime → duration 0.5 hours', 'en halv million → count 500000']),
    # Ages: after a person noun and "på", in brackets after a name (news style)
    ('Tre menn på 33, 34 og 39 år er arrestert', [
        'Tre → count 3', '33 → quantity 33 years_of_age', '34 → quantity 34 years_of_age',
        '39 år → quantity 39 years_of_age',
    ]),
    ('en dom på 39 år', ['39 år → duration 39 years']),
    ('Hai skader trettenåring, en 13-åring og en 39 år gammel mann', [
        'trettenåring → quantity 13 years_of_age', '13-åring → quantity 13 years_of_age',
        '39 år gammel → quantity 39 years_of_age',
    ]),
    ('Willoughby (37) annonserte', ['37 → quantity 37 years_of_age']),
    # Multiplicatives
    ('Bare to ganger, tre ganger og en tredoblet pris', [
        'to ganger → count 2 times', 'tre ganger → count 3 times', 'tredoblet → count 3 times',
    ]),
    # "en"/"ett" after a comparison; the accented "én" alone
    ('mer enn én, minst ett og over en bro', ['mer enn én → count 1 more_than ≥1', 'minst ett → count 1 at_least ≥1']),
    ('én person døde, ett av de største', []),
    # Number words glued to a compound element; anything else is no number
    ("Lakers' seksspills førsesongplan og et firepoengs forsprang", ['seks → count 6', 'fire → count 4']),
    ('en tomannsbolig, en femårsplan og et tiårsjubileum', [
        'to → count 2', 'femårs → duration 5 years', 'tiårs → duration 10 years',
    ]),
    ('tiger, tier, elvebredd og tolvte', ['tolvte → ordinal 12']),
    ('på flere tiår', []),
    # A bare number after a label noun is a label
    ('i kamp fire og på side 12', ['kamp fire → ordinal 4', 'side 12 → ordinal 12']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bokmal_numbers(numbers_of: Callable[[str, str], list[str]], text: str, expected: list[str]) -> None:
    assert numbers_of(text, "nb") == expected
