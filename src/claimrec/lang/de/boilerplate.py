"""German: ad markers, credits, teasers and other non-article text."""

from __future__ import annotations

from claimrec.lang.schema import BoilerplatePattern

# Source: markers and credits as printed by German news sites (dpa wire copy,
# tagesschau.de, spiegel.de, zeit.de), read 2026-11.
BOILERPLATE = (
    BoilerplatePattern(kind="ad_marker", pattern=r"(?:anzeige|werbung)\.?$"),
    BoilerplatePattern(
        kind="ad_marker", pattern=r"der artikel wird (?:unter|nach) der (?:anzeige|werbung) fortgesetzt\.?$"
    ),
    BoilerplatePattern(kind="photo_credit", pattern=r"(?:foto|bild|archivbild|grafik|illustration)\s*:"),
    BoilerplatePattern(kind="read_also", pattern=r"(?:lesen sie (?:auch|mehr)|mehr zum thema|auch interessant)\s*:"),
    BoilerplatePattern(kind="source_credit", pattern=r"quellen?\s*:\s*\S.{0,60}$"),
    BoilerplatePattern(kind="video", pattern=r"(?:video|zum video)\s*:"),
)
