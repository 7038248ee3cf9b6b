"""Swedish time expressions: (text, publication date) → the expression, its label and interval."""

from __future__ import annotations

import pytest

from claimrec.extract.times import find_times

FRIDAY = "2021-08-13"
AUGUST = "2021-08"
JULY = "2021-07"
JUNE = "2021-06"

CASES = [
    (AUGUST, "Staden föll torsdag kväll.", "torsdag kväll", "Thursday evening", "2021-07-29/2021-08-26"),
    (FRIDAY, "Staden föll torsdag kväll.", "torsdag kväll", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Staden föll på torsdagskvällen.", "på torsdagskvällen", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Staden föll i torsdags kväll.", "i torsdags kväll", "last Thursday evening", "2021-08-12"),
    (FRIDAY, "Beskedet kom i fredags.", "i fredags", "last Friday", "2021-08-06"),
    (FRIDAY, "Sent på tisdagen kom beskedet.", "Sent på tisdagen", "late Tuesday", "2021-08-10"),
    (FRIDAY, "Soldaterna flydde tidigt på måndagen.", "tidigt på måndagen", "early Monday", "2021-08-09"),
    (FRIDAY, "Natten till fredag angreps staden.", "Natten till fredag", "Thursday night", "2021-08-12"),
    (FRIDAY, "Det hände i går kväll.", "i går kväll", "Thursday evening", "2021-08-12"),
    (FRIDAY, "Planet landade i morse.", "i morse", "Friday morning", "2021-08-13"),
    (AUGUST, "Tillbakadragandet började i maj.", "i maj", "May 2021", "2021-05-01/2021-05-31"),
    (JUNE, "Hon sa i november att arbetet pågick.", "i november", "November 2020", "2020-11-01/2020-11-30"),
    (JUNE, "Det hände förra månaden.", "förra månaden", "May 2021", "2021-05-01/2021-05-31"),
    (AUGUST, "Talat sedan september i fjol.", "sedan september i fjol", "September 2020 onwards", "2020-09-01/.."),
    (JULY, "Före utgången av augusti.", "Före utgången av augusti", "by the end of August 2021", "../2021-08-31"),
    (JULY, "Attackerna ökade i början av maj.", "i början av maj", "early May 2021", "2021-05-01/2021-05-10"),
    (None, "Avtalet skrevs under den 4 augusti 2021.", "den 4 augusti 2021", "2021-08-04", "2021-08-04"),
    (FRIDAY, "Avtalet skrevs under den 4:e augusti.", "den 4:e augusti", "2021-08-04", "2021-08-04"),
    (FRIDAY, "Priserna steg i fjol.", "i fjol", "2020", "2020-01-01/2020-12-31"),
    (FRIDAY, "Basen lämnades förra veckan.", "förra veckan", "week of 2021-08-02", "2021-08-02/2021-08-08"),
    (FRIDAY, "Det ökade de senaste veckorna.", "de senaste veckorna", "recent weeks", "2021-07-16/2021-08-13"),
    (None, "Skolan byggdes år 1890.", "år 1890", "1890", "1890-01-01/1890-12-31"),
    (FRIDAY, "Mötet börjar klockan 20.30.", "klockan 20.30", "20:30", None),
]

TRAPS = [
    "Nu är det klart.",  # "nu" (now) is no time
    "Man kan inte säga vad som händer.",  # "man" is the pronoun
    "Mars är en planet.",
    "3000 soldater skickas till Kabul.",
    "Under 2000 soldater finns kvar.",
    "Staden ligger 15 mil söder om Kabul.",
]


@pytest.mark.parametrize(("published", "text", "expression", "label", "interval"), CASES)
def test_swedish_times(published: str | None, text: str, expression: str, label: str, interval: str | None) -> None:
    mentions = find_times(text, "sv", published)
    assert [(mention.text, mention.label, mention.interval) for mention in mentions] == [(expression, label, interval)]


@pytest.mark.parametrize("text", TRAPS)
def test_swedish_traps_are_not_times(text: str) -> None:
    assert find_times(text, "sv", FRIDAY) == []
