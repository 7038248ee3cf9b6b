"""English time expressions: (text, publication date) → the expression, its label and interval."""

from __future__ import annotations

import pytest

from claimrec.extract.times import find_times

FRIDAY = "2021-08-13"
AUGUST = "2021-08"
JULY = "2021-07"
JUNE = "2021-06"

CASES = [
    (FRIDAY, "Kandahar fell on Thursday night.", "on Thursday night", "Thursday night", "2021-08-12"),
    (AUGUST, "Kandahar fell on Thursday evening.", "on Thursday evening", "Thursday evening", "2021-07-29/2021-08-26"),
    (FRIDAY, "The news came late on Tuesday.", "late on Tuesday", "late Tuesday", "2021-08-10"),
    (FRIDAY, "Soldiers fled early Monday.", "early Monday", "early Monday", "2021-08-09"),
    (FRIDAY, "The embassy closed Thursday afternoon.", "Thursday afternoon", "Thursday afternoon", "2021-08-12"),
    (FRIDAY, "The talks ended last Friday.", "last Friday", "last Friday", "2021-08-06"),
    (FRIDAY, "It happened yesterday evening.", "yesterday evening", "Thursday evening", "2021-08-12"),
    (FRIDAY, "The plane landed this morning.", "this morning", "Friday morning", "2021-08-13"),
    (FRIDAY, "Fighting broke out last night.", "last night", "Thursday night", "2021-08-12"),
    (AUGUST, "The withdrawal began in May.", "in May", "May 2021", "2021-05-01/2021-05-31"),
    (JUNE, "She said in November that it was going well.", "in November", "November 2020", "2020-11-01/2020-11-30"),
    (None, "It happened in May 2019.", "in May 2019", "May 2019", "2019-05-01/2019-05-31"),
    (JUNE, "The withdrawal began last month.", "last month", "May 2021", "2021-05-01/2021-05-31"),
    (JULY, "Attacks rose in mid-May.", "in mid-May", "mid-May 2021", "2021-05-11/2021-05-20"),
    (JULY, "Attacks rose in early May.", "in early May", "early May 2021", "2021-05-01/2021-05-10"),
    (JULY, "All leave by the end of August.", "by the end of August", "by the end of August 2021", "../2021-08-31"),
    (AUGUST, "Since September last year.", "Since September last year", "September 2020 onwards", "2020-09-01/.."),
    (FRIDAY, "This week could be decisive.", "This week", "week of 2021-08-09", "2021-08-09/2021-08-15"),
    (FRIDAY, "Fighting has grown in recent weeks.", "in recent weeks", "recent weeks", "2021-07-16/2021-08-13"),
    (FRIDAY, "Prices rose last year.", "last year", "2020", "2020-01-01/2020-12-31"),
    (None, "The school was built in 2001.", "in 2001", "2001", "2001-01-01/2001-12-31"),
    (None, "The government has ruled since 2001.", "since 2001", "2001 onwards", "2001-01-01/.."),
    (FRIDAY, "Prices rose from May to July.", "from May to July", "May 2021–July 2021", "2021-05-01/2021-07-31"),
    (None, "The deal was signed on August 4, 2021.", "on August 4, 2021", "2021-08-04", "2021-08-04"),
    (FRIDAY, "The deal was signed on 4 August.", "on 4 August", "2021-08-04", "2021-08-04"),
    (FRIDAY, "The deal was signed on the 4th of August.", "on the 4th of August", "2021-08-04", "2021-08-04"),
    (FRIDAY, "The deal was signed May 4.", "May 4", "2021-05-04", "2021-05-04"),
    (None, "The report is dated 2021-08-04.", "2021-08-04", "2021-08-04", "2021-08-04"),
    (FRIDAY, "The meeting starts at 8 pm.", "at 8 pm", "20:00", None),
    (None, "It began on Monday, August 9, at 8 a.m.", "on Monday, August 9, at 8 a.m.", "9 August 08:00", None),
]

TRAPS = [
    "It may rain later.",  # "may" is the verb
    "May I ask a question?",
    "They march on the capital.",
    "We sat down to talk.",  # "sat" is not Saturday
    "Now it is over.",  # "now" is no time
    "Two to three soldiers were hurt.",  # "to" is not 02:00
    "About 3000 troops are being sent.",
    "August Wilson wrote ten plays.",  # a name, not the month
    "The plane flew at 2000 metres.",
    "Attacks in the 1990s were rare.",
]


@pytest.mark.parametrize(("published", "text", "expression", "label", "interval"), CASES)
def test_english_times(published: str | None, text: str, expression: str, label: str, interval: str | None) -> None:
    mentions = find_times(text, "en", published)
    assert [(mention.text, mention.label, mention.interval) for mention in mentions] == [(expression, label, interval)]


@pytest.mark.parametrize("text", TRAPS)
def test_english_traps_are_not_times(text: str) -> None:
    assert find_times(text, "en", FRIDAY) == []
