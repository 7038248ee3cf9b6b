"""Swedish: weekdays, parts of day, months and relative time expressions.

Deliberately left out:
- "nu" (now): it only says "at the time of writing", which the publication date already gives.
- Weekday abbreviations ("mån", "tis", "ons", "tor", "fre", "lör", "sön").
- "mar." as an abbreviation; "mars" is a month only when written in lower case or next to a
  preposition, day or year (the planet is "Mars").
- "tidigare" (earlier): "tidigare på torsdagen" is earlier on Thursday; the weekday is found alone.
- "till" alone (to): only between the ends of a range after "från".
- "under" (during) as a preposition: "under 2000" is "fewer than 2000", not a year.
"""

from __future__ import annotations

from claimrec.lang.time_schema import TimeData

TIMES = TimeData(
    # Source: CLDR 44 sv.xml, format-wide day names; definite forms from Svensk ordbok (SAOL).
    # "torsdags" also starts compounds: "torsdagskvällen".
    weekdays={
        "monday": ("måndag", "måndagen", "måndags"),
        "tuesday": ("tisdag", "tisdagen", "tisdags"),
        "wednesday": ("onsdag", "onsdagen", "onsdags"),
        "thursday": ("torsdag", "torsdagen", "torsdags"),
        "friday": ("fredag", "fredagen", "fredags"),
        "saturday": ("lördag", "lördagen", "lördags"),
        "sunday": ("söndag", "söndagen", "söndags"),
    },
    # Source: SAOL ("i fredags" is last Friday).
    previous_weekdays={
        "monday": ("i måndags",),
        "tuesday": ("i tisdags",),
        "wednesday": ("i onsdags",),
        "thursday": ("i torsdags",),
        "friday": ("i fredags",),
        "saturday": ("i lördags",),
        "sunday": ("i söndags",),
    },
    # Source: CLDR 44 sv.xml, format-wide month names.
    months={
        "january": ("januari",),
        "february": ("februari",),
        "march": ("mars",),
        "april": ("april",),
        "may": ("maj",),
        "june": ("juni",),
        "july": ("juli",),
        "august": ("augusti",),
        "september": ("september",),
        "october": ("oktober",),
        "november": ("november",),
        "december": ("december",),
    },
    # Source: CLDR 44 sv.xml, format-abbreviated month names (those that differ from the full name).
    month_abbreviations={
        "january": ("jan.",),
        "february": ("feb.",),
        "april": ("apr.",),
        "august": ("aug.",),
        "september": ("sep.", "sept."),
        "october": ("okt.",),
        "november": ("nov.",),
        "december": ("dec.",),
    },
    # Source: SAOL (morgon, förmiddag, middag, eftermiddag, kväll, natt).
    day_parts={
        "morning": ("morgon", "morgonen"),
        "forenoon": ("förmiddag", "förmiddagen"),
        "afternoon": ("eftermiddag", "eftermiddagen"),
        "evening": ("kväll", "kvällen", "kvällstid", "afton", "aftonen"),
        "night": ("natt", "natten"),
    },
    # Source: SAOL (i går, i förrgår, i kväll, i morse, i fjol, förra veckan, de senaste veckorna).
    relative={
        "day_before_yesterday": ("i förrgår", "förrgår"),
        "yesterday": ("i går", "igår"),
        "today": ("i dag", "idag"),
        "tomorrow": ("i morgon", "imorgon"),
        "day_after_tomorrow": ("i övermorgon",),
        "this_morning": ("i morse", "i dag på morgonen"),
        "this_afternoon": ("i eftermiddag",),
        "tonight": ("i kväll", "ikväll", "i afton"),
        "last_night": ("i natt", "inatt"),
        "last_week": ("förra veckan", "i förra veckan"),
        "this_week": ("den här veckan", "denna vecka", "i veckan"),
        "next_week": ("nästa vecka", "i nästa vecka", "kommande vecka"),
        "last_month": ("förra månaden", "i förra månaden"),
        "this_month": ("den här månaden", "denna månad"),
        "next_month": ("nästa månad", "i nästa månad", "kommande månad"),
        "last_year": ("i fjol", "ifjol", "förra året", "i fjor"),
        "this_year": ("i år", "detta år", "det här året"),
        "next_year": ("nästa år", "till nästa år", "kommande år"),
        "recent_days": ("de senaste dagarna", "under de senaste dagarna", "de sista dagarna", "de senaste dygnen"),
        "recent_weeks": ("de senaste veckorna", "under de senaste veckorna", "de sista veckorna"),
        "recent_months": ("de senaste månaderna", "under de senaste månaderna", "de sista månaderna"),
        "recent_years": ("de senaste åren", "under de senaste åren", "de senare åren", "på senare år"),
        "past_week": ("den senaste veckan", "senaste veckan", "under den senaste veckan"),
        "past_month": ("den senaste månaden", "senaste månaden", "under den senaste månaden"),
        "past_year": ("det senaste året", "senaste året", "under det senaste året"),
    },
    # Source: SAOL (i början av, tidigt i, i mitten av, i slutet av, sent i).
    positions={
        "early": ("i början av", "tidigt i", "början av", "tidigt"),
        "mid": ("i mitten av", "mitten av", "medio"),
        "late": ("i slutet av", "sent i", "slutet av", "sent", "ultimo"),
    },
    # Source: SAOL (sedan, från, fram till, senast, före utgången av, före, innan, efter, natten till).
    prepositions={
        "in": ("i", "på"),
        "since": ("sedan",),
        "from": ("från", "från och med"),
        "until": ("fram till", "till och med", "tills"),
        "by": ("senast",),
        "by_end_of": ("före utgången av", "innan utgången av", "senast vid utgången av", "till utgången av"),
        "before": ("före", "innan"),
        "after": ("efter",),
        "night_before": ("natten till", "natten mot", "natt till", "natt mot"),
    },
    # Source: SAOL (förra, nästa, kommande).
    shifts={"previous": ("förra",), "next": ("nästa", "kommande")},
    range_joiners=("till",),
    articles=("den",),
    year_words=("år", "året", "åren"),
    duration_units=(
        "år",
        "dag",
        "dagar",
        "dygn",
        "vecka",
        "veckor",
        "månad",
        "månader",
        "timme",
        "timmar",
        "minut",
        "minuter",
    ),
    # Source: Svensk ordbok (sedan: för ... sedan).
    ago_words=("sedan",),
    day_suffixes=(":e", ":a"),
    numeric_dates="dmy",
    # Source: SAOL (kl. = klockan).
    clock_before=("kl.", "kl", "klockan"),
    # Source: SAOL (börja, inleda, starta, påbörja; avsluta, sluta, fullborda).
    phases={
        "start": (
            "började",
            "börjat",
            "börjar",
            "inledde",
            "inlett",
            "inleder",
            "startade",
            "startat",
            "påbörjade",
            "påbörjat",
        ),
        "end": ("avslutade", "avslutat", "avslutar", "slutade", "fullbordade", "fullbordat"),
    },
)
