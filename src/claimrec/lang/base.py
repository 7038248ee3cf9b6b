"""Patterns shared by every language: lines that only credit news agencies."""

from __future__ import annotations

from claimrec.lang.schema import BoilerplatePattern

# Source: the member agencies of the European Alliance of News Agencies and the large
# international wires. A line made of nothing but their names ("/ritzau/",
# "ritzau/Reuters", "(NTB)") credits the source of the article; it states no fact.
NEWS_AGENCIES = (
    "afp",
    "ana",
    "anp",
    "ansa",
    "ap",
    "apa",
    "belga",
    "bta",
    "ctk",
    "dpa",
    "efe",
    "epa",
    "fnb",
    "keystone-sda",
    "lusa",
    "mti",
    "ntb",
    "pap",
    "reuters",
    "ritzau",
    "sda",
    "stt",
    "tanjug",
    "tass",
    "tt",
    "upi",
    "xinhua",
)

_AGENCY = "(?:" + "|".join(NEWS_AGENCIES) + ")"

BOILERPLATE = (
    BoilerplatePattern(
        kind="source_credit",
        pattern=rf"[/(]?\s*{_AGENCY}(?:\s*[/,+&]\s*{_AGENCY})*\s*[/)]?\s*\.?$",
    ),
)
