"""German numbers: native text → the mentions `find_numbers` reports, traps included."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    # Values and number words (compounds up to 999 999 are one word)
    ("Es wurden 3.000 Soldaten geschickt, die Zinsen stiegen um 3,5 Prozent", [
        "3.000 → count 3000", "3,5 Prozent → percent 0.035",
    ]),
    ("150 000 Einwohner und 2000 Soldaten", ["150 000 → count 150000", "2000 → count 2000"]),
    ("Es kostet 1,2 Millionen Euro und 3 Mrd. Euro", ["1,2 Millionen → count 1200000", "3 Mrd. → count 3000000000"]),
    ("fünfundzwanzig Soldaten, dreihundertfünfundzwanzigtausend Menschen und zweitausendeinundzwanzig Autos", [
        "fünfundzwanzig → count 25", "dreihundertfünfundzwanzigtausend → count 325000",
        "zweitausendeinundzwanzig → count 2021",
    ]),
    ("Zwölf Provinzhauptstädte und zwei Millionen Menschen", ["Zwölf → count 12", "zwei Millionen → count 2000000"]),
    # Fractions and percentages
    ("zwei Drittel des Landes, ein Viertel der Bevölkerung und die Hälfte der Stimmen", [
        "zwei Drittel → fraction 0.6667", "ein Viertel → fraction 0.25", "Hälfte → fraction 0.5",
    ]),
    ("0,5 Prozentpunkte", ["0,5 Prozentpunkte → quantity 0.5 percentage_points"]),
    # Qualifiers, vague amounts and ranges
    ("etwa 600 Soldaten, rund 3000 Soldaten und mehr als 1000 Flüchtlinge", [
        "etwa 600 → count 600 approx", "rund 3000 → count 3000 approx", "mehr als 1000 → count 1000 more_than ≥1000",
    ]),
    ("über 1000 Menschen, mindestens 50, höchstens 60 und weniger als 10", [
        "über 1000 → count 1000 more_than ≥1000", "mindestens 50 → count 50 at_least ≥50",
        "höchstens 60 → count 60 at_most ≤60", "weniger als 10 → count 10 less_than ≤10",
    ]),
    ("knapp 100 und fast 200", ["knapp 100 → count 100 approx ≤100", "fast 200 → count 200 approx ≤200"]),
    ("bis zu 30 Tage", ["bis zu 30 Tage → duration 30 days up_to ≤30"]),
    ("Hunderte Menschen, Tausende Flüchtlinge und Zehntausende Demonstranten", [
        "Hunderte → count 200–999 approx", "Tausende → count 2000–9999 approx",
        "Zehntausende → count 20000–99999 approx",
    ]),
    ("mehrere hundert Soldaten", ["mehrere hundert → count 200–999 approx"]),
    ("zwischen 24 und 48 Stunden und 24 bis 48 Stunden", [
        "zwischen 24 und 48 Stunden → duration 24–48 hours", "24 bis 48 Stunden → duration 24–48 hours",
    ]),
    # A hyphen after the low end stands for the scale or suffix of the high end
    ("fünf- bis sechstausend Soldaten und zwischen fünf- und sechstausend Soldaten", [
        "fünf- bis sechstausend → count 5000–6000", "zwischen fünf- und sechstausend → count 5000–6000",
    ]),
    ("zwei- bis dreimal", ["zwei- bis dreimal → count 2–3 times"]),
    ("5-6.000 Soldaten und zwei-drei Tage", ["5-6.000 → count 5000–6000", "zwei-drei Tage → duration 2–3 days"]),
    # Units
    ("15 Kilometer und 5 Meilen", ["15 Kilometer → quantity 15 km", "5 Meilen → quantity 8.0467 km"]),
    ("einen 13-Jährigen", ["13-Jährigen → quantity 13 years_of_age"]),
    ("innerhalb einer Woche", ["einer Woche → duration 1 weeks"]),
    # Traps: articles, ordinals, years, dates and clock times are no counts
    ("ein Mann und eine Frau und einen Hund", []),
    ("am 3. Oktober im 2. Weltkrieg", ["3. → ordinal 3", "2. → ordinal 2"]),
    ("Der dritte Platz", ["dritte → ordinal 3"]),
    ("im Jahr 2001, seit 1989 und in den 1990er-Jahren", [
        "2001 → year 2001", "1989 → year 1989", "1990er-Jahren → year 1990",
    ]),
    ("der Krieg von 1950 bis 1953", ["1950 → year 1950", "1953 → year 1953"]),
    ("2016 wurde ein Schwein angegriffen", ["2016 → year 2016"]),
    ("um 20.30 Uhr, 8 Uhr und 20:30", ["20.30 Uhr → clock 20.5", "8 Uhr → clock 8", "20:30 → clock 20.5"]),
    ("Kontrolle über 12 Städte", ["12 → count 12"]),
    ("ein 1:0-Sieg und ein 5:2", []),
    # Half: "die Hälfte" is a share; an ordinal or a possessive makes a part
    ('die zweite Hälfte, in der zweiten Halbzeit und in der eigenen Hälfte', [
        'zweite → ordinal 2', 'zweiten → ordinal 2',
    ]),
    ('die Hälfte der Stimmen und fast die Hälfte', ['Hälfte → fraction 0.5', 'Hälfte → fraction 0.5']),
    ('seit etwa einer halben Stunde und eine halbe Million', [
        'etwa einer halben Stunde → duration 0.5 hours approx', 'eine halbe Million → count 500000',
    ]),
    ('um halb zehn', ['zehn → count 10']),
    # Ages
    ('Drei Männer im Alter von 33, 34 und 39 Jahren', [
        'Drei → count 3', '33 → quantity 33 years_of_age', '34 → quantity 34 years_of_age',
        '39 Jahren → quantity 39 years_of_age',
    ]),
    ('der 39-Jährige und ein 39-jähriger Mann', [
        '39-Jährige → quantity 39 years_of_age', '39-jähriger → quantity 39 years_of_age',
    ]),
    # Multiplicatives; "einmal" is also "just" and no count
    ('Pompeo hat Nordkorea dreimal besucht, zweimal, drei Mal und noch einmal', [
        'dreimal → count 3 times', 'zweimal → count 2 times', 'drei Mal → count 3 times',
    ]),
    ('der dreifache Sieger und ein 3-facher Sieger', ['dreifache → count 3 times', '3-facher → count 3 times']),
    # "ein" after a comparison
    ('mehr als einer, mindestens eine Person und über eine Brücke', [
        'mehr als einer → count 1 more_than ≥1', 'mindestens eine → count 1 at_least ≥1',
    ]),
    # Compounds; capitalised compounds are no names
    ('eine Zweidrittelmehrheit und eine Zwei-Drittel-Mehrheit', [
        'Zweidrittel → fraction 0.6667', 'Zwei-Drittel → fraction 0.6667',
    ]),
    ('eine Vier-Tage-Woche und ein dreitägiger Besuch', [
        'Vier-Tage → duration 4 days', 'dreitägiger → duration 3 days',
    ]),
    ('Achtung, Elfmeter und Achtelfinale', []),
    ('6 Fuß 6 Zoll', ['6 Fuß 6 Zoll → quantity 1.9812 m']),
    # A bare number after a label noun is a label
    ('in Spiel 4 und auf Seite 12', ['Spiel 4 → ordinal 4', 'Seite 12 → ordinal 12']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_german_numbers(numbers_of: Callable[[str, str], list[str]], text: str, expected: list[str]) -> None:
    assert numbers_of(text, "de") == expected
