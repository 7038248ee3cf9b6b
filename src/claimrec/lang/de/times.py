"""German: weekdays, parts of day, months and relative time expressions.

Weekday + part of day is usually one compound ("Donnerstagabend"); the engine reads any
weekday immediately followed by a part of day as such a compound.

Deliberately left out:
- "jetzt", "nun" (now): they only say "at the time of writing", which the publication date gives.
- Weekday abbreviations ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"): "Do", "Mi", "So" are words.
- Adverbs of habit ("montags", "donnerstagabends", "abends"): they name a repeated time, not one.
- "Mär." and "Mai" abbreviations; a bare "August" is a month only next to a preposition, day or
  year (it is also a first name), like every German month name.
- "um" (around) and "an" as prepositions of dates: "um 2000 Euro" is not a year; "um" counts only
  before a clock time, and clock times need "Uhr".
"""

from __future__ import annotations

from claimrec.lang.time_schema import TimeData

TIMES = TimeData(
    capitalised=True,
    # Source: CLDR 44 de.xml, format-wide day names; "Sonnabend" from Duden.
    weekdays={
        "monday": ("Montag",),
        "tuesday": ("Dienstag",),
        "wednesday": ("Mittwoch",),
        "thursday": ("Donnerstag",),
        "friday": ("Freitag",),
        "saturday": ("Samstag", "Sonnabend"),
        "sunday": ("Sonntag",),
    },
    # Source: CLDR 44 de.xml, format-wide month names; "Jänner" (Austria) and "Feber" from Duden.
    months={
        "january": ("Januar", "Jänner"),
        "february": ("Februar", "Feber"),
        "march": ("März",),
        "april": ("April",),
        "may": ("Mai",),
        "june": ("Juni",),
        "july": ("Juli",),
        "august": ("August",),
        "september": ("September",),
        "october": ("Oktober",),
        "november": ("November",),
        "december": ("Dezember",),
    },
    # Source: CLDR 44 de.xml, format-abbreviated month names (those that differ from the full name).
    month_abbreviations={
        "january": ("Jan.",),
        "february": ("Feb.",),
        "april": ("Apr.",),
        "august": ("Aug.",),
        "september": ("Sep.", "Sept."),
        "october": ("Okt.",),
        "november": ("Nov.",),
        "december": ("Dez.",),
    },
    # Source: Duden (Morgen, Vormittag, Mittag, Nachmittag, Abend, Nacht); inside compounds
    # ("Donnerstagabend") the engine accepts them in lower case.
    day_parts={
        "morning": ("Morgen", "Früh"),
        "forenoon": ("Vormittag",),
        "midday": ("Mittag",),
        "afternoon": ("Nachmittag",),
        "evening": ("Abend",),
        "night": ("Nacht",),
    },
    # Source: Duden (gestern, vorgestern, heute, morgen, letzte Woche, vergangenes Jahr, im Vorjahr).
    relative={
        "day_before_yesterday": ("vorgestern",),
        "yesterday": ("gestern",),
        "today": ("heute",),
        "tomorrow": ("morgen",),
        "day_after_tomorrow": ("übermorgen",),
        "this_morning": ("heute früh",),
        "tonight": ("heute Abend",),
        "last_night": ("letzte Nacht", "vergangene Nacht", "in der vergangenen Nacht", "in der Nacht"),
        "last_week": (
            "letzte Woche",
            "vergangene Woche",
            "vorige Woche",
            "in der vergangenen Woche",
            "in der vorigen Woche",
            "vergangener Woche",
            "letzter Woche",
            "in der letzten Woche",
        ),
        "this_week": ("diese Woche", "in dieser Woche", "dieser Woche"),
        "next_week": ("nächste Woche", "kommende Woche", "in der kommenden Woche", "in der nächsten Woche"),
        "last_month": (
            "letzten Monat",
            "vergangenen Monat",
            "vorigen Monat",
            "im vergangenen Monat",
            "im letzten Monat",
            "im Vormonat",
            "vergangenen Monats",
            "letzten Monats",
        ),
        "this_month": ("diesen Monat", "in diesem Monat", "dieses Monats"),
        "next_month": ("nächsten Monat", "kommenden Monat", "im kommenden Monat", "im nächsten Monat"),
        "last_year": (
            "letztes Jahr",
            "vergangenes Jahr",
            "voriges Jahr",
            "im vergangenen Jahr",
            "im letzten Jahr",
            "im Vorjahr",
            "vergangenen Jahres",
            "letzten Jahres",
            "vorigen Jahres",
            "des Vorjahres",
        ),
        "this_year": ("dieses Jahr", "in diesem Jahr", "dieses Jahres"),
        "next_year": ("nächstes Jahr", "kommendes Jahr", "im kommenden Jahr", "im nächsten Jahr", "nächsten Jahres"),
        "recent_days": ("in den vergangenen Tagen", "in den letzten Tagen", "vergangenen Tagen", "letzten Tagen"),
        "recent_weeks": ("in den vergangenen Wochen", "in den letzten Wochen", "vergangenen Wochen", "letzten Wochen"),
        "recent_months": (
            "in den vergangenen Monaten",
            "in den letzten Monaten",
            "vergangenen Monaten",
            "letzten Monaten",
        ),
        "recent_years": ("in den vergangenen Jahren", "in den letzten Jahren", "vergangenen Jahren", "letzten Jahren"),
    },
    # Source: Duden (Anfang, Mitte, Ende + month; am frühen/späten + weekday; spät, früh).
    positions={
        "early": ("Anfang", "zu Beginn des", "frühen", "früh"),
        "mid": ("Mitte",),
        "late": ("Ende", "späten", "spät"),
    },
    # Source: Duden (seit, ab, bis, bis Ende, vor, nach, in der Nacht zu).
    prepositions={
        "in": ("im", "in", "am", "während"),
        "since": ("seit", "seit dem"),
        "from": ("ab", "von", "vom", "ab dem"),
        "until": ("bis", "bis zum", "bis zu"),
        "by_end_of": ("bis Ende", "bis zum Ende", "spätestens Ende"),
        "by": ("spätestens",),
        "before": ("vor", "vor dem"),
        "after": ("nach", "nach dem"),
        "night_before": ("in der Nacht zu", "in der Nacht zum", "in der Nacht auf", "Nacht zum", "Nacht zu"),
    },
    # Source: Duden (letzten, vergangenen, nächsten, kommenden + weekday or month).
    shifts={
        "previous": ("letzten", "vergangenen", "vorigen", "letzter", "vergangener"),
        "next": ("nächsten", "kommenden", "nächster", "kommender"),
    },
    range_joiners=("bis",),
    articles=("dem", "den"),
    year_words=("Jahr", "Jahre", "Jahren", "Jahres"),
    duration_units=("Jahre", "Jahren", "Tage", "Tagen", "Wochen", "Monate", "Monaten", "Stunden", "Minuten"),
    day_suffixes=(".",),
    numeric_dates="dmy",
    # Source: Duden (Uhr).
    clock_after=("Uhr",),
    clock_prepositions=("um", "gegen"),
    # Source: Duden (beginnen, einleiten, starten; beenden, abschließen, enden).
    phases={
        "start": (
            "begann",
            "begannen",
            "begonnen",
            "beginnt",
            "beginnen",
            "eingeleitet",
            "startete",
            "starteten",
            "gestartet",
        ),
        "end": ("beendet", "beendete", "beendeten", "abgeschlossen", "endete", "endeten"),
    },
)
