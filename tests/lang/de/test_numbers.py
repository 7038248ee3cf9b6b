"""German numbers: native text → the mentions `find_numbers` reports, traps included."""

from __future__ import annotations

import pytest

from claimrec.extract.numbers import NumberMention, find_numbers


def describe(mention: NumberMention) -> str:
    """ "vel 15 mil → quantity 150 km approx ≥150": text, kind, value (or low–high), unit, qualifier, bounds."""
    if mention.value is None:
        words = [f"{mention.text} → {mention.kind} {_number(mention.low)}–{_number(mention.high)}"]
    else:
        words = [f"{mention.text} → {mention.kind} {_number(mention.value)}"]
    if mention.unit:
        words.append(mention.unit)
    if mention.qualifier != "exact":
        words.append(mention.qualifier)
    if mention.value is not None and mention.low is not None:
        words.append(f"≥{_number(mention.low)}")
    if mention.value is not None and mention.high is not None:
        words.append(f"≤{_number(mention.high)}")
    return " ".join(words)


def _number(value: float | None) -> str:
    return "None" if value is None else str(int(value)) if value.is_integer() else f"{round(value, 4):g}"


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
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_german_numbers(text: str, expected: list[str]) -> None:
    assert [describe(mention) for mention in find_numbers(text, "de")] == expected
