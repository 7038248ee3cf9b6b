"""Norwegian Bokmål: ad markers, credits, teasers and other non-article text."""

from __future__ import annotations

from claimrec.lang.schema import BoilerplatePattern

# Source: markers, widgets and credits as printed by Norwegian news sites (NTB wire
# copy, nrk.no, vg.no, aftenposten.no, dagbladet.no), read 2026-11. NRK's fact boxes
# render as "Fakta om <title> Ekspandér faktaboks" glued to their first sentence, so
# that marker is cut out of the paragraph (scope "span") and the facts are kept.
BOILERPLATE = (
    BoilerplatePattern(
        kind="ad_marker", pattern=r"(?:saken|artikkelen) fortsetter (?:under|etter) (?:annonsen|reklamen)\.?$"
    ),
    BoilerplatePattern(kind="ad_marker", pattern=r"(?:annonse|reklame)\.?$"),
    BoilerplatePattern(kind="photo_credit", pattern=r"(?:foto|arkivfoto|bilde|grafikk|illustrasjon)\s*:"),
    BoilerplatePattern(kind="read_also", pattern=r"(?:les|se|hør|lytt) (?:også|mer)\s*:"),
    BoilerplatePattern(kind="read_also", pattern=r"\w+ forklarer\s*:[^.!?]*$"),
    BoilerplatePattern(kind="source_credit", pattern=r"kilder?\s*:\s*\S.{0,60}$"),
    BoilerplatePattern(kind="follow_prompt", pattern=r"følg (?:med|utviklingen)\b[^.!?]*:$"),
    BoilerplatePattern(kind="video", pattern=r"du trenger javascript for å se video", scope="paragraph"),
    BoilerplatePattern(kind="video", pattern=r"se video(?:en)?\s*:"),
    BoilerplatePattern(
        kind="factbox", pattern=r"(?:fakta om [^.!?\n]{1,80}?\s+)?ekspand[eé]r faktaboks\s*", scope="span"
    ),
)
