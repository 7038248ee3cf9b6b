"""Hypothesis strategies for text that tries to break claimrec: any Unicode, huge numbers, pathological
punctuation, mixed scripts, and pieces of real news language in every supported language."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from claimrec.lang import SUPPORTED_LANGUAGES

# Fragments the extractors react to, and fragments that have broken parsers elsewhere.
FRAGMENTS = (
    # numbers: huge, exponent-like, grouped, decimal, negative, fractions, ranges, percentages
    "9" * 400,
    "1e999",
    "1E+309",
    "0." + "0" * 300 + "1",
    "3.000",
    "3,000",
    "3 000",
    "3\u00a0000",
    "3.000.000,50",
    "1,5",
    "-12",
    "−7",
    "½",
    "¾",
    "12–15",
    "10-20",
    "85 %",
    "85%",
    "0,5 procent",
    "1.000.000.000.000.000.000.000",
    "999999999999999999999999 millioner",
    "to tredjedele",
    "tusind",
    "millioner",
    "milliarder",
    "zweitausend",
    "dreitausendvierhundert",
    "hundredtusind",
    "femogfyrre",
    "næststørste",
    "tredje største",
    "zweitgrößte",
    "näst största",
    "second-largest",
    "15 mil",
    "vel 15 mil",
    "over 1000",
    "op til 30",
    "mindst",
    "omkring",
    "rundt",
    # times and dates
    "2021-08-13",
    "9999-12-31",
    "0000-00-00",
    "13.08.2021",
    "31. februar",
    "torsdag aften",
    "i går",
    "i fjor",
    "sidste måned",
    "letzten Monat",
    "am Freitag",
    "last Saturday",
    "kl. 14.30",
    "25:99",
    "i 2001",
    "år 99999",
    "1. januar 10000",
    "2 timer",
    "3 Wochen",
    # attribution, hedges, names
    "ifølge Reuters",
    "oplyser politiet",
    "sagte ein Sprecher",
    "according to the Taliban",
    "kan",
    "hvis",
    "Kandahar",
    "Kabuls",
    "USA",
    "Danmark",
    # pathological punctuation and quoting
    ".,.,.,.,",
    "----",
    "—–-",
    "...",
    "…",
    "!!!???",
    "((([[[",
    "]]])))",
    "\"«„“‘'",
    "'»”’\"",
    ":;:;",
    "%%%",
    "###",
    "***",
    "/\\/\\",
    # scripts, marks and invisible characters
    "مرحبا ٣٤٥",
    "שלום 12",
    "三千人",
    "東京都",
    "Ελλάδα",
    "Россия 5 тысяч",
    "e\u0301\u0301\u0301",
    "\u0301",
    "\u200b",
    "\u200d",
    "\u200e\u200f",
    "\u202e",
    "\ufeff",
    "\u00ad",
    "\ufffd",
    "🇩🇰",
    "👍🏽",
    "\t",
    "\r\n",
    "\u2028",
    "\x0b\x0c",
    "\x00",
)
SEPARATORS = ("", " ", "  ", "\n", "\n\n", ", ", ". ", "\u00a0")

any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
"""Any Unicode text without lone surrogates."""

newsish_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS), any_text.map(lambda text: text[:20])),
    max_size=25,
).flatmap(
    lambda pieces: st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces)).map(
        lambda separators: "".join(piece + separator for piece, separator in zip(pieces, separators, strict=True))
    )
)
"""Fragments of news language, numbers and pathological characters glued by random separators."""

texts = st.one_of(any_text, newsish_text)
languages = st.sampled_from(SUPPORTED_LANGUAGES)
published = st.one_of(
    st.none(),
    st.dates().map(lambda day: day.isoformat()),
    st.dates().map(lambda day: day.isoformat()[:7]),
)
"""A publication date as claimrec stores it: None, ``YYYY-MM-DD`` or ``YYYY-MM``, years 1 to 9999."""


def fuzz_settings(examples: int) -> settings:
    """`examples` fixed examples per test, derandomised so that ``make test`` is reproducible; with
    ``CLAIMREC_FUZZ_EXAMPLES=N`` set, N random examples instead, to explore."""
    explore = int(os.environ.get("CLAIMREC_FUZZ_EXAMPLES", "0"))
    return settings(
        max_examples=explore or examples,
        deadline=None,
        derandomize=not explore,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
