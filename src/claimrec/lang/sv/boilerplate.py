"""Swedish: ad markers, credits, teasers and other non-article text."""

from __future__ import annotations

from claimrec.lang.schema import BoilerplatePattern

# Source: markers and credits as printed by Swedish news sites (TT wire copy, svt.se,
# dn.se, aftonbladet.se), read 2026-11.
BOILERPLATE = (
    BoilerplatePattern(
        kind="ad_marker", pattern=r"(?:artikeln|texten) fortsätter (?:under|efter) (?:annonsen|reklamen)\.?$"
    ),
    BoilerplatePattern(kind="ad_marker", pattern=r"(?:annons|reklam)\.?$"),
    BoilerplatePattern(kind="photo_credit", pattern=r"(?:foto|arkivbild|bild|grafik|illustration)\s*:"),
    BoilerplatePattern(kind="read_also", pattern=r"(?:läs|se|lyssna) (?:också|mer|även)\s*:"),
    BoilerplatePattern(kind="source_credit", pattern=r"käll(?:a|or)\s*:\s*\S.{0,60}$"),
    BoilerplatePattern(kind="video", pattern=r"se (?:videon|klippet)\s*:"),
)
