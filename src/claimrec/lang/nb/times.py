"""Norwegian Bokmål: weekdays, parts of day, months and relative time expressions.

Deliberately left out:
- "nå" (now): it only says "at the time of writing", which the publication date already gives.
- Weekday abbreviations ("man", "tir", "ons", "tor", "fre", "lør", "søn"): "man" is the pronoun,
  "tor" a name; news prose writes weekdays in full.
- "mar." as an abbreviation; "mars" itself is a month only when written in lower case or next to a
  preposition, day or year (the planet is "Mars").
- "tidligere" (earlier): "tidligere torsdag" is earlier on Thursday, not early Thursday; the weekday is found alone.
- "innen" before a number ("innen 30 dager" is a duration, the number engine's business); before a
  time it is "by" ("innen mai").
- "under" (during) as a preposition: "under 2000" is "fewer than 2000", not a year.
"""

from __future__ import annotations

from claimrec.lang.time_schema import TimeData

TIMES = TimeData(
    # Source: CLDR 44 nb.xml, format-wide day names; definite forms from Bokmålsordboka.
    weekdays={
        "monday": ("mandag", "mandagen"),
        "tuesday": ("tirsdag", "tirsdagen"),
        "wednesday": ("onsdag", "onsdagen"),
        "thursday": ("torsdag", "torsdagen"),
        "friday": ("fredag", "fredagen"),
        "saturday": ("lørdag", "lørdagen"),
        "sunday": ("søndag", "søndagen"),
    },
    # Source: Bokmålsordboka ("i fredags" is last Friday).
    previous_weekdays={
        "monday": ("i mandags",),
        "tuesday": ("i tirsdags",),
        "wednesday": ("i onsdags",),
        "thursday": ("i torsdags",),
        "friday": ("i fredags",),
        "saturday": ("i lørdags",),
        "sunday": ("i søndags",),
    },
    # Source: CLDR 44 nb.xml, format-wide month names.
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
    # Source: CLDR 44 nb.xml, format-abbreviated month names (those that differ from the full name).
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
    # Source: Bokmålsordboka (morgen, formiddag, ettermiddag, kveld, natt).
    day_parts={
        "morning": ("morgen", "morgenen"),
        "forenoon": ("formiddag", "formiddagen"),
        "afternoon": ("ettermiddag", "ettermiddagen"),
        "evening": ("kveld", "kvelden", "kveldstid", "aften", "aftenen"),
        "night": ("natt", "natten"),
    },
    # Source: Bokmålsordboka (i går, i forgårs, i kveld, i morges, i fjor, forrige uke, de siste dagene).
    relative={
        "day_before_yesterday": ("i forgårs",),
        "yesterday": ("i går", "igår"),
        "today": ("i dag", "idag"),
        "tomorrow": ("i morgen", "imorgen"),
        "day_after_tomorrow": ("i overmorgen",),
        "this_morning": ("i morges", "i morres", "i dag tidlig"),
        "this_afternoon": ("i ettermiddag",),
        "tonight": ("i kveld", "ikveld", "i aften"),
        "last_night": ("i natt", "inatt"),
        "last_week": ("i forrige uke", "forrige uke", "i forrige uka", "forrige uka"),
        "this_week": ("denne uken", "denne uka", "i denne uken", "i denne uka", "i uke", "i uka"),
        "next_week": ("neste uke", "i neste uke", "kommende uke"),
        "last_month": ("i forrige måned", "forrige måned"),
        "this_month": ("denne måneden", "i denne måneden", "denne måned"),
        "next_month": ("neste måned", "i neste måned", "kommende måned"),
        "last_year": ("i fjor", "ifjor", "forrige år", "i forrige år"),
        "this_year": ("i år",),
        "next_year": ("neste år", "til neste år", "i neste år"),
        "recent_days": ("de siste dagene", "i de siste dagene", "de siste par dagene", "de seneste dagene"),
        "recent_weeks": ("de siste ukene", "i de siste ukene", "de siste par ukene", "de seneste ukene"),
        "recent_months": ("de siste månedene", "i de siste månedene", "de seneste månedene"),
        "recent_years": ("de siste årene", "i de siste årene", "de seneste årene", "i senere år"),
        "past_week": ("den siste uken", "den siste uka", "siste uken", "siste uka"),
        "past_month": ("den siste måneden", "siste måneden"),
        "past_year": ("det siste året", "siste året", "det siste år"),
    },
    # Source: Bokmålsordboka (først i, tidlig i, i begynnelsen av, midt i, sist i, i slutten av, sent).
    positions={
        "early": ("først i", "tidlig i", "i begynnelsen av", "i starten av", "på begynnelsen av", "tidlig"),
        "mid": ("midt i", "i midten av", "midten av"),
        "late": ("sist i", "sent i", "i slutten av", "på slutten av", "mot slutten av", "sent"),
    },
    # Source: Bokmålsordboka (siden, fra, inntil, fram til, innen, innen utgangen av, før, etter, natt til).
    prepositions={
        "in": ("i", "på", "i løpet av"),
        "since": ("siden",),
        "from": ("fra", "fra og med"),
        "until": ("inntil", "fram til", "frem til", "til og med"),
        "by": ("innen", "senest"),
        "by_end_of": ("innen utgangen av", "innen slutten av", "før utgangen av"),
        "before": ("før",),
        "after": ("etter",),
        "night_before": ("natt til", "natten til", "natt mot", "natten mot"),
    },
    # Source: Bokmålsordboka (forrige, neste, kommende).
    shifts={"previous": ("forrige",), "next": ("neste", "kommende")},
    range_joiners=("til",),
    articles=("den",),
    year_words=("år", "året", "årene"),
    duration_units=(
        "år",
        "dag",
        "dager",
        "døgn",
        "uke",
        "uker",
        "måned",
        "måneder",
        "time",
        "timer",
        "minutt",
        "minutter",
    ),
    # Source: Bokmålsordboka (siden: for ... siden).
    ago_words=("siden",),
    day_suffixes=(".",),
    numeric_dates="dmy",
    # Source: Bokmålsordboka (kl. = klokken, klokka).
    clock_before=("kl.", "kl", "klokken", "klokka"),
    # Source: Bokmålsordboka (begynne, innlede, starte, påbegynne; avslutte, slutte, fullføre).
    phases={
        "start": ("begynte", "begynt", "begynner", "innledet", "innledte", "innleder", "påbegynte", "påbegynt"),
        "end": ("avsluttet", "avsluttes", "avslutter", "sluttet", "fullført", "fullførte"),
    },
)
