"""Norwegian Nynorsk: weekdays, parts of day, months and relative time expressions.

Deliberately left out:
- "no" (now): it only says "at the time of writing", which the publication date already gives;
  "no" is also the word for "now" in too many unrelated phrases.
- Weekday abbreviations ("mån", "tys", "ons", "tor", "fre", "lau", "sun").
- "mar." as an abbreviation; "mars" is a month only when written in lower case or next to a
  preposition, day or year (the planet is "Mars").
- "tidlegare" (earlier): "tidlegare torsdag" is earlier on Thursday; the weekday is found alone.
- Bokmål forms that Nynorsk writers also use ("søndag", "lørdag", "kveld") are listed where
  Språkrådet accepts them in Nynorsk.
- "under" (during) as a preposition: "under 2000" is "fewer than 2000", not a year.
"""

from __future__ import annotations

from claimrec.lang.time_schema import TimeData

TIMES = TimeData(
    # Source: CLDR 44 nn.xml, format-wide day names; Språkrådet, Nynorskordboka (sundag/søndag, laurdag).
    weekdays={
        "monday": ("måndag", "måndagen"),
        "tuesday": ("tysdag", "tysdagen"),
        "wednesday": ("onsdag", "onsdagen"),
        "thursday": ("torsdag", "torsdagen"),
        "friday": ("fredag", "fredagen"),
        "saturday": ("laurdag", "laurdagen"),
        "sunday": ("sundag", "sundagen", "søndag", "søndagen"),
    },
    # Source: Nynorskordboka ("i fredags" is last Friday).
    previous_weekdays={
        "monday": ("i måndags",),
        "tuesday": ("i tysdags",),
        "wednesday": ("i onsdags",),
        "thursday": ("i torsdags",),
        "friday": ("i fredags",),
        "saturday": ("i laurdags",),
        "sunday": ("i sundags",),
    },
    # Source: CLDR 44 nn.xml, format-wide month names.
    months={
        "january": ("januar",),
        "february": ("februar",),
        "march": ("mars",),
        "april": ("april",),
        "may": ("mai",),
        "june": ("juni",),
        "july": ("juli",),
        "august": ("august",),
        "september": ("september",),
        "october": ("oktober",),
        "november": ("november",),
        "december": ("desember",),
    },
    # Source: CLDR 44 nn.xml, format-abbreviated month names (those that differ from the full name).
    month_abbreviations={
        "january": ("jan.",),
        "february": ("feb.",),
        "april": ("apr.",),
        "august": ("aug.",),
        "september": ("sep.", "sept."),
        "october": ("okt.",),
        "november": ("nov.",),
        "december": ("des.",),
    },
    # Source: Nynorskordboka (morgon, føremiddag, ettermiddag, kveld, kveldstid, natt).
    day_parts={
        "morning": ("morgon", "morgonen", "morgen", "morgonstid"),
        "forenoon": ("føremiddag", "føremiddagen", "formiddag"),
        "afternoon": ("ettermiddag", "ettermiddagen", "ettermiddagstid"),
        "evening": ("kveld", "kvelden", "kveldstid", "kveldstida"),
        "night": ("natt", "natta", "nattestid"),
    },
    # Source: Nynorskordboka (i går, i forgårs, i kveld, i morgon, i fjor, førre veke, dei siste dagane).
    relative={
        "day_before_yesterday": ("i forgårs",),
        "yesterday": ("i går", "igår"),
        "today": ("i dag", "idag"),
        "tomorrow": ("i morgon", "imorgon"),
        "day_after_tomorrow": ("i overmorgon",),
        "this_morning": ("i dag tidleg", "i morges"),
        "this_afternoon": ("i ettermiddag",),
        "tonight": ("i kveld", "ikveld"),
        "last_night": ("i natt", "inatt"),
        "last_week": ("i førre veke", "førre veke", "i førre veka", "førre veka", "sist veke"),
        "this_week": ("denne veka", "i denne veka", "denne veke", "i veka"),
        "next_week": ("neste veke", "i neste veke", "komande veke"),
        "last_month": ("i førre månad", "førre månad", "førre månaden"),
        "this_month": ("denne månaden", "i denne månaden", "denne månad"),
        "next_month": ("neste månad", "i neste månad", "komande månad"),
        "last_year": ("i fjor", "ifjor", "førre år", "i førre år", "førre året"),
        "this_year": ("i år",),
        "next_year": ("neste år", "til neste år", "i neste år"),
        "recent_days": ("dei siste dagane", "i dei siste dagane", "dei siste par dagane", "dei seinaste dagane"),
        "recent_weeks": ("dei siste vekene", "i dei siste vekene", "dei siste par vekene", "dei seinaste vekene"),
        "recent_months": ("dei siste månadene", "i dei siste månadene", "dei seinaste månadene"),
        "recent_years": ("dei siste åra", "i dei siste åra", "dei seinaste åra", "i seinare år"),
        "past_week": ("den siste veka", "siste veka"),
        "past_month": ("den siste månaden", "siste månaden"),
        "past_year": ("det siste året", "siste året"),
    },
    # Source: Nynorskordboka (først i, tidleg i, i byrjinga av, midt i, sist i, i slutten av, seint).
    positions={
        "early": ("først i", "tidleg i", "i byrjinga av", "i starten av", "på byrjinga av", "tidleg"),
        "mid": ("midt i", "i midten av", "midten av"),
        "late": ("sist i", "seint i", "i slutten av", "på slutten av", "mot slutten av", "seint", "sein"),
    },
    # Source: Nynorskordboka (sidan, frå, fram til, innan, innan utgangen av, før, etter, natt til).
    prepositions={
        "in": ("i", "på", "i løpet av"),
        "since": ("sidan", "sia"),
        "from": ("frå", "frå og med"),
        "until": ("fram til", "til og med", "inntil"),
        "by": ("innan", "seinast"),
        "by_end_of": ("innan utgangen av", "innan slutten av", "før utgangen av"),
        "before": ("før",),
        "after": ("etter",),
        "night_before": ("natt til", "natta til", "natt mot", "natta mot"),
    },
    # Source: Nynorskordboka (førre, neste, komande).
    shifts={"previous": ("førre",), "next": ("neste", "komande")},
    range_joiners=("til",),
    articles=("den",),
    year_words=("år", "året", "åra"),
    duration_units=("år", "dag", "dagar", "døger", "veke", "veker", "månad", "månader", "time", "timar", "minutt"),
    # Source: Nynorskordboka (sidan: for ... sidan).
    ago_words=("sidan", "sia"),
    day_suffixes=(".",),
    numeric_dates="dmy",
    # Source: Nynorskordboka (kl. = klokka).
    clock_before=("kl.", "kl", "klokka", "klokken"),
    # Source: Nynorskordboka (byrje, innleie, starte; avslutte, slutte, fullføre).
    phases={
        "start": ("byrja", "byrjar", "innleidde", "innleia", "starta", "startar"),
        "end": ("avslutta", "avsluttar", "slutta", "sluttar", "fullførte", "fullført"),
    },
)
