"""English: weekdays, parts of day, months and relative time expressions.

Deliberately left out:
- "now", "currently": they only say "at the time of writing", which the publication date gives.
- Weekday abbreviations ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"): "sat" and "sun" are words.
- "Mar." and "May" abbreviations. Month names count only next to a preposition, day or year
  ("in May", "May 4", "May 2021"): "May" is also the modal verb and a name, "March" a verb,
  "August" a name and an adjective.
- "at" as a preposition of dates ("at 2000 metres" is no year); it counts only before a clock time.
- All-digit dates other than ISO (4/8/2021 is April 8 in the US and 4 August elsewhere).
- Title-case headlines ("Falls On Thursday Evening"): lower-case words are matched capitalised only
  at the start of a sentence, so "Evening" there is not read as a part of day.
"""

from __future__ import annotations

from claimrec.lang.time_schema import TimeData

TIMES = TimeData(
    capitalised=True,
    # Source: CLDR 44 en.xml, format-wide day names.
    weekdays={
        "monday": ("Monday",),
        "tuesday": ("Tuesday",),
        "wednesday": ("Wednesday",),
        "thursday": ("Thursday",),
        "friday": ("Friday",),
        "saturday": ("Saturday",),
        "sunday": ("Sunday",),
    },
    # Source: CLDR 44 en.xml, format-wide month names.
    months={
        "january": ("January",),
        "february": ("February",),
        "march": ("March",),
        "april": ("April",),
        "may": ("May",),
        "june": ("June",),
        "july": ("July",),
        "august": ("August",),
        "september": ("September",),
        "october": ("October",),
        "november": ("November",),
        "december": ("December",),
    },
    # Source: CLDR 44 en.xml, format-abbreviated month names, as written with a full stop in news style.
    month_abbreviations={
        "january": ("Jan.", "Jan"),
        "february": ("Feb.", "Feb"),
        "april": ("Apr.", "Apr"),
        "august": ("Aug.", "Aug"),
        "september": ("Sept.", "Sep.", "Sep", "Sept"),
        "october": ("Oct.", "Oct"),
        "november": ("Nov.", "Nov"),
        "december": ("Dec.", "Dec"),
    },
    # Source: Oxford Learner's Dictionary (morning, afternoon, evening, night).
    day_parts={
        "morning": ("morning",),
        "midday": ("midday", "noon", "lunchtime"),
        "afternoon": ("afternoon",),
        "evening": ("evening",),
        "night": ("night", "overnight"),
    },
    # Source: Oxford Learner's Dictionary (yesterday, tonight, last night, last month, in recent weeks).
    relative={
        "day_before_yesterday": ("the day before yesterday",),
        "yesterday": ("yesterday",),
        "today": ("today", "earlier today", "later today"),
        "tomorrow": ("tomorrow",),
        "day_after_tomorrow": ("the day after tomorrow",),
        "this_morning": ("this morning",),
        "this_afternoon": ("this afternoon",),
        "tonight": ("tonight", "this evening"),
        "last_night": ("last night", "overnight"),
        "last_week": ("last week",),
        "this_week": ("this week", "earlier this week", "later this week"),
        "next_week": ("next week", "the coming week"),
        "last_month": ("last month",),
        "this_month": ("this month", "earlier this month", "later this month"),
        "next_month": ("next month", "the coming month"),
        "last_year": ("last year",),
        "this_year": ("this year", "earlier this year", "later this year"),
        "next_year": ("next year", "the coming year"),
        "recent_days": ("in recent days", "recent days", "the past few days", "the last few days", "the past days"),
        "recent_weeks": (
            "in recent weeks",
            "recent weeks",
            "the past few weeks",
            "the last few weeks",
            "the past weeks",
        ),
        "recent_months": ("in recent months", "recent months", "the past few months", "the last few months"),
        "recent_years": ("in recent years", "recent years", "the past few years", "the last few years"),
        "past_week": ("the past week", "over the past week"),
        "past_month": ("the past month", "over the past month"),
        "past_year": ("the past year", "over the past year"),
    },
    # Source: Oxford Learner's Dictionary (early, mid-, late; at the beginning/end of).
    positions={
        "early": ("early", "early in", "at the beginning of", "at the start of", "the beginning of"),
        "mid": ("mid", "in mid", "in the middle of", "the middle of"),
        "late": ("late", "late in", "at the end of", "the end of"),
    },
    # Source: Oxford Learner's Dictionary (since, from, until, by, by the end of, before, after).
    prepositions={
        "in": ("in", "on", "during"),
        "since": ("since",),
        "from": ("from",),
        "until": ("until", "till", "up to", "through"),
        "by": ("by", "no later than"),
        "by_end_of": ("by the end of", "before the end of"),
        "before": ("before", "prior to"),
        "after": ("after",),
        "night_before": ("overnight into", "in the night to", "the night before"),
    },
    # Source: Oxford Learner's Dictionary (last, next, this coming).
    shifts={"previous": ("last", "this past"), "next": ("next", "this coming")},
    range_joiners=("to", "until", "till", "through"),
    articles=("the",),
    date_linkers=("of",),
    year_words=("year", "the year", "years"),
    duration_units=("years", "days", "weeks", "months", "hours", "minutes"),
    day_suffixes=("st", "nd", "rd", "th"),
    month_before_day=True,
    # Source: Oxford Learner's Dictionary (a.m., p.m., o'clock).
    clock_after=("a.m.", "p.m.", "am", "pm", "o'clock", "GMT", "BST", "ET", "EST", "EDT", "UTC"),
    clock_pm=("p.m.", "pm"),
    clock_prepositions=("at", "around"),
    # Source: Oxford Learner's Dictionary (begin, launch, start; end, complete, finish, conclude).
    phases={
        "start": ("began", "begun", "begins", "launched", "started"),
        "end": ("ended", "completed", "finished", "concluded"),
    },
)
