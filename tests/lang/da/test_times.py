"""Danish time expressions: (text, publication date) → the expression, its label and interval."""

from __future__ import annotations

import pytest

from claimrec.extract.times import find_times

FRIDAY = "2021-08-13"
AUGUST = "2021-08"
JULY = "2021-07"
JUNE = "2021-06"

CASES = [
    # Weekdays with part of day; month-only dates keep the uncertainty (the Thursdays 29 July ... 26 August).
    (AUGUST, "Torsdag aften faldt byen.", "Torsdag aften", "Thursday evening", "2021-07-29/2021-08-26"),
    (FRIDAY, "Torsdag aften faldt byen.", "Torsdag aften", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Fredag morgen rykkede oprørerne ind.", "Fredag morgen", "Friday morning", "2021-08-13"),
    (JULY, "De flygtede tidligt mandag.", "tidligt mandag", "early Monday", "2021-06-28/2021-07-26"),
    (JUNE, "De rejste sent tirsdag.", "sent tirsdag", "late Tuesday", "2021-06-01/2021-06-29"),
    (FRIDAY, "Ambassaden lukkede torsdag eftermiddag.", "torsdag eftermiddag", "Thursday afternoon", "2021-08-12"),
    (FRIDAY, "Han talte til pressen om aftenen mandag.", "mandag", "Monday", "2021-08-09"),
    (JULY, "Det blev meddelt fredag.", "fredag", "Friday", "2021-06-25/2021-07-30"),
    (FRIDAY, "I fredags meddelte ministeriet det.", "I fredags", "last Friday", "2021-08-06"),
    (FRIDAY, "Sidste fredag kom beskeden.", "Sidste fredag", "last Friday", "2021-08-06"),
    (FRIDAY, "Mødet holdes næste mandag.", "næste mandag", "next Monday", "2021-08-16"),
    (FRIDAY, "Natten til fredag angreb oprørerne.", "Natten til fredag", "Thursday night", "2021-08-12"),
    # Relative days.
    ("2021-06-30", "Soldaterne forlod landet her til aften.", "her til aften", "Wednesday evening", "2021-06-30"),
    (JUNE, "Soldaterne forlod landet her til aften.", "her til aften", "this evening", "2021-06-01/2021-06-30"),
    (FRIDAY, "Det skete i går aftes.", "i går aftes", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Det skete i aftes.", "i aftes", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Flyet landede i morges.", "i morges", "Friday morning", "2021-08-13"),
    (FRIDAY, "Han rejser i morgen.", "i morgen", "Saturday", "2021-08-14"),
    # Months: the past is preferred, the current month counts.
    (JUNE, "Tilbagetrækningen begyndte i sidste måned.", "i sidste måned", "May 2021", "2021-05-01/2021-05-31"),
    (AUGUST, "De sidste soldater forlod landet i juni.", "i juni", "June 2021", "2021-06-01/2021-06-30"),
    (JUNE, "Ministeren sagde i november, at det gik hurtigt.", "i november", "November 2020", "2020-11-01/2020-11-30"),
    (JULY, "Kampene blussede op i juli.", "i juli", "July 2021", "2021-07-01/2021-07-31"),
    (JULY, "Angrebene blev optrappet først i maj.", "først i maj", "early May 2021", "2021-05-01/2021-05-10"),
    (AUGUST, "Det skete i slutningen af juli.", "i slutningen af juli", "late July 2021", "2021-07-21/2021-07-31"),
    (FRIDAY, "Valget holdes medio marts.", "medio marts", "mid-March 2021", "2021-03-11/2021-03-20"),
    (JULY, "Ude inden udgangen af august.", "inden udgangen af august", "by the end of August 2021", "../2021-08-31"),
    (FRIDAY, "Siden september sidste år.", "Siden september sidste år", "September 2020 onwards", "2020-09-01/.."),
    (FRIDAY, "Priserne steg fra maj til juli.", "fra maj til juli", "May 2021–July 2021", "2021-05-01/2021-07-31"),
    (FRIDAY, "Han var i Kabul i maj 2019.", "i maj 2019", "May 2019", "2019-05-01/2019-05-31"),
    # Weeks, years and vague look-backs.
    ("2021-07-09", "De rejste i sidste uge.", "i sidste uge", "week of 2021-06-28", "2021-06-28/2021-07-04"),
    (JUNE, "Denne uge kan blive afgørende.", "Denne uge", "this week", "2021-05-31/2021-07-04"),
    ("2021-07-15", "Det steg i de seneste uger.", "i de seneste uger", "recent weeks", "2021-06-17/2021-07-15"),
    (FRIDAY, "Sidste år kom der flere flygtninge.", "Sidste år", "2020", "2020-01-01/2020-12-31"),
    (FRIDAY, "Det har været et hårdt år i år.", "i år", "2021", "2021-01-01/2021-12-31"),
    (FRIDAY, "Det sidste år har været hårdt.", "Det sidste år", "past year", "2020-08-13/2021-08-13"),
    # Explicit dates and years resolve even without a publication date.
    (None, "Aftalen blev underskrevet den 4. august 2021.", "den 4. august 2021", "2021-08-04", "2021-08-04"),
    (FRIDAY, "Han ankom allerede 4. august.", "4. august", "2021-08-04", "2021-08-04"),
    (None, "Han ankom allerede 4. august.", "4. august", "4 August", None),
    (None, "Det skete torsdag den 12. august.", "torsdag den 12. august", "12 August", None),
    (None, "Loven trådte i kraft 1.7.2020.", "1.7.2020", "2020-07-01", "2020-07-01"),
    (None, "Der var valg i 2001.", "i 2001", "2001", "2001-01-01/2001-12-31"),
    (None, "Regeringen har siddet siden 2001.", "siden 2001", "2001 onwards", "2001-01-01/.."),
    (None, "Det var i årene 2001/2002.", "i årene 2001/2002", "2001–2002", "2001-01-01/2002-12-31"),
    (None, "Reglerne gælder ikke før 2030.", "før 2030", "before 2030", "../2029-12-31"),
    # Clock times.
    (FRIDAY, "Mødet sluttede kl. 20.30.", "kl. 20.30", "20:30", None),
    (FRIDAY, "Toget kører klokken 8 torsdag.", "klokken 8 torsdag", "Thursday 08:00", "2021-08-12"),
    (FRIDAY, "Torsdag aften kl. 21 faldt byen.", "Torsdag aften kl. 21", "Thursday evening 21:00", "2021-08-12"),
]

TRAPS = [
    "Man kan ikke sige, hvad der sker.",  # "man" is the pronoun, not Monday
    "Det er nu kun i Kabul, at regeringen har magten.",  # "nu" (now) is no time
    "Omkring 3000 soldater vil blive indsat.",  # counts are not years
    "Over 1000 afghanske soldater er flygtet.",
    "Kandahar har flere end 600.000 indbyggere.",
    "Under 2000 soldater er tilbage.",  # "under 2000" is fewer than 2000
    "Byen har eksisteret i 1000 år.",  # a duration, not the year 1000
    "De to lande mødes til forhandlinger.",  # "to" is two, not 02:00
    "Forfatteren August Rasmussen kom til byen.",  # a capitalised name, not the month
    "Mars er en rød planet.",  # Danish March is "marts"
    "Kampene er eskaleret, siden USA begyndte at trække sig ud.",  # "siden" as a conjunction
    "Militæret kan inden for få dage afslutte tilbagetrækningen.",
    "De sidste danske soldater havde hovedkvarter i byen.",  # "sidste" (last) without a time
    "Landet har 1990'erne bag sig.",
]


@pytest.mark.parametrize(("published", "text", "expression", "label", "interval"), CASES)
def test_danish_times(published: str | None, text: str, expression: str, label: str, interval: str | None) -> None:
    mentions = find_times(text, "da", published)
    assert [(mention.text, mention.label, mention.interval) for mention in mentions] == [(expression, label, interval)]


@pytest.mark.parametrize("text", TRAPS)
def test_danish_traps_are_not_times(text: str) -> None:
    assert find_times(text, "da", FRIDAY) == []


def test_danish_weekday_and_part_of_day_fields() -> None:
    (mention,) = find_times("Torsdag aften faldt byen.", "da", "2021-08")
    assert (mention.kind, mention.weekday, mention.part_of_day, mention.granularity) == ("weekday", 3, "evening", "day")
