"""Danish: weekdays, parts of day, months and relative time expressions.

Deliberately left out:
- "nu" (now): it only says "at the time of writing", which the publication date already gives.
- Weekday abbreviations ("man", "tir", "ons", "tor", "fre", "lør", "søn"): "man" is the pronoun,
  "tor" a name, "ons" and "fre" occur inside other words; news prose writes weekdays in full.
- "mar." as an abbreviation of "marts" (too close to names), "maj" and "juni" have no abbreviation.
- "om" (about/if) as a plain preposition; "om aftenen" and the like are listed as day parts.
- Bare "til" (to) except between the ends of a range after "fra".
- "under" (during) as a preposition: "under 2000" is "fewer than 2000", not a year.
"""

from __future__ import annotations

from claimrec.lang.time_schema import TimeData

TIMES = TimeData(
    # Source: CLDR 44 da.xml, format-wide day names; definite forms from Retskrivningsordbogen.
    weekdays={
        "monday": ("mandag", "mandagen"),
        "tuesday": ("tirsdag", "tirsdagen"),
        "wednesday": ("onsdag", "onsdagen"),
        "thursday": ("torsdag", "torsdagen"),
        "friday": ("fredag", "fredagen"),
        "saturday": ("lørdag", "lørdagen"),
        "sunday": ("søndag", "søndagen"),
    },
    # Source: Den Danske Ordbog ("i fredags" is last Friday).
    previous_weekdays={
        "monday": ("i mandags",),
        "tuesday": ("i tirsdags",),
        "wednesday": ("i onsdags",),
        "thursday": ("i torsdags",),
        "friday": ("i fredags",),
        "saturday": ("i lørdags",),
        "sunday": ("i søndags",),
    },
    # Source: CLDR 44 da.xml, format-wide month names.
    months={
        "january": ("januar",),
        "february": ("februar",),
        "march": ("marts",),
        "april": ("april",),
        "may": ("maj",),
        "june": ("juni",),
        "july": ("juli",),
        "august": ("august",),
        "september": ("september",),
        "october": ("oktober",),
        "november": ("november",),
        "december": ("december",),
    },
    # Source: CLDR 44 da.xml, format-abbreviated month names (those that differ from the full name).
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
    # Source: Retskrivningsordbogen (aften, aftes, eftermiddag, formiddag, morgen, nat).
    day_parts={
        "morning": ("morgen", "morgenen", "om morgenen"),
        "forenoon": ("formiddag", "formiddagen", "om formiddagen"),
        "afternoon": ("eftermiddag", "eftermiddagen", "om eftermiddagen"),
        "evening": ("aften", "aftenen", "aftes", "om aftenen"),
        "night": ("nat", "natten", "om natten"),
    },
    # Source: Den Danske Ordbog (i går, i forgårs, her til aften, i aftes, i fjor, sidste/forrige måned).
    relative={
        "day_before_yesterday": ("i forgårs",),
        "yesterday": ("i går", "igår"),
        "today": ("i dag", "idag"),
        "tomorrow": ("i morgen", "imorgen"),
        "day_after_tomorrow": ("i overmorgen",),
        "this_morning": ("i morges",),
        "this_afternoon": ("i eftermiddag",),
        "tonight": ("i aften", "her til aften", "i løbet af aftenen"),
        "yesterday_evening": ("i aftes",),
        "last_night": ("i nat", "i nats"),
        "last_week": ("i sidste uge", "sidste uge", "i forrige uge", "forrige uge"),
        "this_week": ("i denne uge", "denne uge", "i den her uge"),
        "next_week": ("i næste uge", "næste uge", "i den kommende uge", "i kommende uge"),
        "last_month": ("i sidste måned", "sidste måned", "i forrige måned", "forrige måned"),
        "this_month": ("i denne måned", "denne måned", "i den her måned"),
        "next_month": ("i næste måned", "næste måned", "i den kommende måned"),
        "last_year": ("sidste år", "i fjor", "forrige år"),
        "this_year": ("i år", "i indeværende år"),
        "next_year": ("næste år", "til næste år", "i det kommende år"),
        "recent_days": ("i de seneste dage", "de seneste dage", "i de sidste dage", "de sidste dage"),
        "recent_weeks": ("i de seneste uger", "de seneste uger", "i de sidste uger", "de sidste uger"),
        "recent_months": ("i de seneste måneder", "de seneste måneder", "i de sidste måneder", "de sidste måneder"),
        "recent_years": ("i de seneste år", "de seneste år", "i de senere år", "de senere år", "de sidste år"),
        "past_week": ("den seneste uge", "den sidste uge", "i den seneste uge"),
        "past_month": ("den seneste måned", "den sidste måned", "i den seneste måned"),
        "past_year": ("det seneste år", "det sidste år", "i det seneste år"),
    },
    # Source: Den Danske Ordbog (primo, medio, ultimo; først/midt/sidst i; i begyndelsen/slutningen af).
    positions={
        "early": ("først i", "i begyndelsen af", "i starten af", "primo", "tidligt", "tidlig"),
        "mid": ("midt i", "i midten af", "medio"),
        "late": ("sidst i", "i slutningen af", "ultimo", "sent", "sidst på"),
    },
    # Source: Den Danske Ordbog (siden, fra, indtil, frem til, senest, inden udgangen af, før, efter, natten til).
    prepositions={
        "in": ("i", "på", "i løbet af"),
        "since": ("siden",),
        "from": ("fra", "fra og med"),
        "until": ("indtil", "frem til", "til og med"),
        "by": ("senest",),
        "by_end_of": ("inden udgangen af", "inden slutningen af", "senest ved udgangen af"),
        "before": ("før", "inden"),
        "after": ("efter",),
        "night_before": ("natten til", "natten mellem", "natten mod"),
    },
    # Source: Den Danske Ordbog (sidste, forrige, næste, kommende).
    shifts={"previous": ("sidste", "forrige"), "next": ("næste", "kommende")},
    range_joiners=("til",),
    articles=("den",),
    year_words=("år", "året", "årene"),
    duration_units=(
        "år",
        "dag",
        "dage",
        "døgn",
        "uge",
        "uger",
        "måned",
        "måneder",
        "time",
        "timer",
        "minut",
        "minutter",
    ),
    # Source: Den Danske Ordbog (siden: for ... siden).
    ago_words=("siden",),
    day_suffixes=(".",),
    numeric_dates="dmy",
    # Source: Retskrivningsordbogen (kl. = klokken).
    clock_before=("kl.", "kl", "klokken"),
    # Source: Den Danske Ordbog (begynde, indlede, starte, påbegynde; afslutte, slutte, ende, fuldføre).
    phases={
        "start": (
            "begyndte",
            "begyndt",
            "begynder",
            "indledte",
            "indledt",
            "indleder",
            "startede",
            "påbegyndte",
            "påbegyndt",
        ),
        "end": ("afsluttede", "afsluttet", "afslutter", "sluttede", "endte", "fuldførte", "fuldført"),
    },
)
