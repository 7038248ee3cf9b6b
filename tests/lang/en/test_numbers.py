"""English numbers: native text → the mentions `find_numbers` reports, traps included."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    # Values and number words
    ("3,000 soldiers and 3.5 percent", ["3,000 → count 3000", "3.5 percent → percent 0.035"]),
    ("1.2 million people, £125m, $2.8bn and 3 billion dollars", [
        "1.2 million → count 1200000", "125m → count 125000000", "2.8bn → count 2800000000",
        "3 billion → count 3000000000",
    ]),
    ("twenty-five soldiers, one hundred and twenty-five cars, two thousand and five houses and a hundred people", [
        "twenty-five → count 25", "one hundred and twenty-five → count 125", "two thousand and five → count 2005",
        "a hundred → count 100",
    ]),
    ("a dozen eggs and two dozen apples", ["a dozen → count 12", "two dozen → count 24"]),
    ("Three men were arrested", ["Three → count 3"]),
    # Fractions and percentages
    ("two-thirds of the country, two thirds of voters, three quarters, a third and half of the country", [
        "two-thirds → fraction 0.6667", "two thirds → fraction 0.6667", "three quarters → fraction 0.75",
        "a third → fraction 0.3333", "half → fraction 0.5",
    ]),
    ("unemployment of 40 per cent, up 5 percentage points", [
        "40 per cent → percent 0.4", "5 percentage points → quantity 5 percentage_points",
    ]),
    # Qualifiers, vague amounts and ranges
    ("about 600, around 700, roughly 800, some 3,000, nearly 100 and almost 200", [
        "about 600 → count 600 approx", "around 700 → count 700 approx", "roughly 800 → count 800 approx",
        "some 3,000 → count 3000 approx", "nearly 100 → count 100 approx ≤100", "almost 200 → count 200 approx ≤200",
    ]),
    ("more than 1,000, over 1,000, at least 50, up to 30 days, fewer than 70, less than 80 and at most 90", [
        "more than 1,000 → count 1000 more_than ≥1000", "over 1,000 → count 1000 more_than ≥1000",
        "at least 50 → count 50 at_least ≥50", "up to 30 days → duration 30 days up_to ≤30",
        "fewer than 70 → count 70 less_than ≤70", "less than 80 → count 80 less_than ≤80",
        "at most 90 → count 90 at_most ≤90",
    ]),
    ("100 or more", ["100 or more → count 100 at_least ≥100"]),
    ("hundreds of people, tens of thousands of refugees and several hundred soldiers", [
        "hundreds → count 200–999 approx", "tens of thousands → count 20000–99999 approx",
        "several hundred → count 200–999 approx",
    ]),
    ("between 24 and 48 hours, 24-48 hours and 24 to 48 hours", [
        "between 24 and 48 hours → duration 24–48 hours", "24-48 hours → duration 24–48 hours",
        "24 to 48 hours → duration 24–48 hours",
    ]),
    ("five-to-six thousand soldiers, five-six soldiers and 5 to 6 million people", [
        "five-to-six thousand → count 5000–6000", "five-six → count 5–6", "5 to 6 million → count 5000000–6000000",
    ]),
    ("5-6,000 soldiers and a two- to three-fold rise", [
        "5-6,000 → count 5000–6000", "two- to three-fold → count 2–3 times",
    ]),
    ("nine-to-five jobs and a one-two punch", ["nine → count 9"]),
    ("it rose from 20 to 30", ["20 → count 20", "30 → count 30"]),
    # Units
    ("15 miles and 550 pounds", ["15 miles → quantity 24.1402 km", "550 pounds → quantity 249.476 kg"]),
    ("winds of 85 mph", ["85 mph → quantity 136.794 km/h"]),
    ("a 13-year-old boy, a four-day week and half an hour", [
        "13-year-old → quantity 13 years_of_age", "four-day → duration 4 days", "half an hour → duration 0.5 hours",
    ]),
    ("a one-week investigation", ["one-week → duration 1 weeks"]),
    # Traps: articles, "one", "to", ordinals, years, dates, clock times, scores and names are no counts
    ("a man and an apple", []),
    ("one of the most important elections", []),
    ("I want to go to the shop", []),
    ("the first half and the third day", ["first → ordinal 1", "third → ordinal 3"]),
    ("in 2019, the 2019 election, since 1989, the 1990s and 2001/02", [
        "2019 → year 2019", "2019 → year 2019", "1989 → year 1989", "1990s → year 1990",
        "2001/02 → year 2001 ≥2001 ≤2002",
    ]),
    ("30th September, September 29, 2018 and 1 October", [
        "30th → ordinal 30", "29 → ordinal 29", "2018 → year 2018", "1 → ordinal 1",
    ]),
    ("at 7 a.m., 3 p.m., 20:30 and 7.55am", [
        "7 a.m. → clock 7", "3 p.m. → clock 15", "20:30 → clock 20.5", "7.55am → clock 7.9167",
    ]),
    ("a 2-0 win, Covid-19 and 0800 555 111", []),
    ("World War Two and the Four Corners", []),
    ("They took control over 12 cities", ["12 → count 12"]),
    # Half: a share as a pronoun or predeterminer, a part (a noun) after a determiner, a name or an ordinal
    ('Salah sprinted into the Liverpool half and scored in the second half', ['second → ordinal 2']),
    ('the bottom half of the table and their own half', []),
    ('half of the country, half the voters, half a million people and nearly half said no', [
        'half → fraction 0.5', 'half → fraction 0.5', 'half a million → count 500000',
        'nearly half → fraction 0.5 approx ≤0.5',
    ]),
    ('one and a half years, a half and half an hour', [
        'one and a half years → duration 1.5 years', 'a half → fraction 0.5', 'half an hour → duration 0.5 hours',
    ]),
    # Feet and inches are one height
    ('The 6-foot-6 forward, a six-foot-six centre and a 6 ft 6 in guard', [
        '6-foot-6 → quantity 1.9812 m', 'six-foot-six → quantity 1.9812 m', '6 ft 6 → quantity 1.9812 m',
    ]),
    ('She is 5\'11" tall and the brim is two-foot wide', [
        '5\'11" → quantity 1.8034 m', 'two-foot → quantity 0.6096 m',
    ]),
    ('a 6-foot 3-year-old', ['6-foot → quantity 1.8288 m', '3-year-old → quantity 3 years_of_age']),
    ("the 1990's and 1,000's of fans", ["1990's → year 1990", '1,000 → count 1000']),
    # Ages: age words, "-year-old", and a number set off by commas after a word (news style)
    ('Three men, aged 33, 34 and 39, were arrested', [
        'Three → count 3', '33 → quantity 33 years_of_age', '34 → quantity 34 years_of_age',
        '39 → quantity 39 years_of_age',
    ]),
    ('a 39-year-old, 39 years old and a 13-year-old', [
        '39-year-old → quantity 39 years_of_age', '39 years old → quantity 39 years_of_age',
        '13-year-old → quantity 13 years_of_age',
    ]),
    ('But the actor, 31, has hit out; Rooms 12, 31, and 40', [
        '31 → quantity 31 years_of_age', '12 → count 12', '31 → count 31', '40 → count 40',
    ]),
    # Multiplicatives are counts in unit times; a factor ("three times as many") too; "once" and "one time" are not
    ('He went twice, thrice and three times, a tenfold rise and a 10-fold rise', [
        'twice → count 2 times', 'thrice → count 3 times', 'three times → count 3 times', 'tenfold → count 10 times',
        '10-fold → count 10 times',
    ]),
    ('three times as many people', ['three times → count 3 times']),
    ('a two-time champion, once a great city and one time', ['two-time → count 2 times']),
    # "one" after a comparison is the number; "a" stays the article
    ('more than one and at least one, fewer than one in five', [
        'more than one → count 1 more_than ≥1', 'at least one → count 1 at_least ≥1',
        'fewer than one → count 1 less_than ≤1', 'five → count 5',
    ]),
    ('clinched at least a wild-card spot', []),
    # A unit after the last number of a list is the unit of them all
    ('10, 20 and 30 percent', ['10 → percent 0.1', '20 → percent 0.2', '30 percent → percent 0.3']),
    # Traps: a plural unit after "a", a capitalised unit in a name, compounds without a number word
    ('a decades-long dispute and a decade-long war', ['a decade → duration 10 years']),
    ('Lindsey Graham told "60 Minutes" about it', ['60 → count 60']),
    ('Mother-of-three Willoughby, a best-of-seven series', ['three → count 3', 'seven → count 7']),
    ('foursomes and fourballs', []),
    # A bare number after a label noun is a label; a unit or a score after it is not
    ('to take match four all-square, on hole 15 and in Game 7', [
        'match four → ordinal 4', 'hole 15 → ordinal 15', 'Game 7 → ordinal 7',
    ]),
    ('a hole 3 metres deep, they won the match 3-1', ['3 metres → quantity 3 m']),
    # Two estimates of one amount share its unit
    ('him playing 55, 60 minutes', ['55 → duration 55 minutes', '60 minutes → duration 60 minutes']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_numbers(numbers_of: Callable[[str, str], list[str]], text: str, expected: list[str]) -> None:
    assert numbers_of(text, "en") == expected
