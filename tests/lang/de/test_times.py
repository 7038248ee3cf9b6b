"""German time expressions: (text, publication date) → the expression, its label and interval."""

from __future__ import annotations

import pytest

from claimrec.extract.times import find_times

FRIDAY = "2021-08-13"
AUGUST = "2021-08"
JULY = "2021-07"
JUNE = "2021-06"

CASES = [
    # Weekday and part of day are one compound.
    (AUGUST, "Am Donnerstagabend fiel die Stadt.", "Am Donnerstagabend", "Thursday evening", "2021-07-29/2021-08-26"),
    (FRIDAY, "Die Stadt fiel Donnerstagabend.", "Donnerstagabend", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Die Stadt fiel am Donnerstag.", "am Donnerstag", "Thursday", "2021-08-12"),
    (FRIDAY, "Es kam am späten Dienstagabend.", "am späten Dienstagabend", "late Tuesday evening", "2021-08-10"),
    (FRIDAY, "Sie flohen am frühen Montagmorgen.", "am frühen Montagmorgen", "early Monday morning", "2021-08-09"),
    (FRIDAY, "Die Botschaft schloss Donnerstagnachmittag.", "Donnerstagnachmittag", "Thursday afternoon", "2021-08-12"),
    (FRIDAY, "In der Nacht zum Freitag fiel sie.", "In der Nacht zum Freitag", "Thursday night", "2021-08-12"),
    (FRIDAY, "Das Treffen ist am nächsten Montag.", "am nächsten Montag", "next Monday", "2021-08-16"),
    # Relative days: "morgen" is tomorrow, "Morgen" the morning.
    (FRIDAY, "Es geschah gestern Abend.", "gestern Abend", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Das Flugzeug landete heute Morgen.", "heute Morgen", "Friday morning", "2021-08-13"),
    (FRIDAY, "Er reist morgen ab.", "morgen", "Saturday", "2021-08-14"),
    (FRIDAY, "Morgen beginnt die Konferenz.", "Morgen", "Saturday", "2021-08-14"),
    # Months and years.
    (AUGUST, "Der Abzug begann im Mai.", "im Mai", "May 2021", "2021-05-01/2021-05-31"),
    (JUNE, "Sie sagte im November, der Abzug laufe.", "im November", "November 2020", "2020-11-01/2020-11-30"),
    (JULY, "Die Angriffe nahmen Anfang Mai zu.", "Anfang Mai", "early May 2021", "2021-05-01/2021-05-10"),
    (JULY, "Alle gehen bis Ende August.", "bis Ende August", "by the end of August 2021", "../2021-08-31"),
    (AUGUST, "Seit Mai vorigen Jahres", "Seit Mai vorigen Jahres", "May 2020 onwards", "2020-05-01/.."),
    (AUGUST, "im Mai letzten Jahres", "im Mai letzten Jahres", "May 2020", "2020-05-01/2020-05-31"),
    (FRIDAY, "Die Preise stiegen letztes Jahr.", "letztes Jahr", "2020", "2020-01-01/2020-12-31"),
    (JUNE, "Der Abzug begann letzten Monat.", "letzten Monat", "May 2021", "2021-05-01/2021-05-31"),
    (FRIDAY, "So in den vergangenen Wochen.", "in den vergangenen Wochen", "recent weeks", "2021-07-16/2021-08-13"),
    (None, "Die Schule wurde im Jahr 2001 gebaut.", "im Jahr 2001", "2001", "2001-01-01/2001-12-31"),
    (None, "Die Regierung ist seit 2001 im Amt.", "seit 2001", "2001 onwards", "2001-01-01/.."),
    # Dates and clock times.
    (None, "Der Vertrag wurde am 4. August 2021 unterzeichnet.", "am 4. August 2021", "2021-08-04", "2021-08-04"),
    (FRIDAY, "Er kam schon am 4. August.", "am 4. August", "2021-08-04", "2021-08-04"),
    (None, "Das Gesetz gilt seit dem 1.7.2020.", "seit dem 1.7.2020", "2020-07-01 onwards", "2020-07-01/.."),
    (FRIDAY, "Es geschah am Donnerstag, 12. August.", "am Donnerstag, 12. August", "2021-08-12", "2021-08-12"),
    (FRIDAY, "Die Sitzung beginnt um 20 Uhr.", "um 20 Uhr", "20:00", None),
    (FRIDAY, "Sie begann am Donnerstag um 20.30 Uhr.", "am Donnerstag um 20.30 Uhr", "Thursday 20:30", "2021-08-12"),
]

TRAPS = [
    "Man weiß nicht, was passiert.",  # "man" is the pronoun, not Monday
    "Jetzt ist es vorbei.",  # "jetzt" (now) is no time
    "August Bebel gründete die Partei.",  # a name, not the month
    "Der Preis stieg um 2000 Euro.",  # "um 2000" is no year and no clock time
    "Rund 3000 Soldaten werden entsandt.",
    "Donnerstags ist der Markt geöffnet.",  # habitual, not one Thursday
    "Die Stadt hat seit 1000 Jahren Mauern.",
]


@pytest.mark.parametrize(("published", "text", "expression", "label", "interval"), CASES)
def test_german_times(published: str | None, text: str, expression: str, label: str, interval: str | None) -> None:
    mentions = find_times(text, "de", published)
    assert [(mention.text, mention.label, mention.interval) for mention in mentions] == [(expression, label, interval)]


@pytest.mark.parametrize("text", TRAPS)
def test_german_traps_are_not_times(text: str) -> None:
    assert find_times(text, "de", FRIDAY) == []


def test_german_month_needs_a_preposition_day_or_year() -> None:
    assert find_times("Der Mai war kalt.", "de", FRIDAY) == []
    assert [mention.label for mention in find_times("Mai 2020 war kalt.", "de", FRIDAY)] == ["May 2020"]
