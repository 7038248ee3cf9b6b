"""Danish: ad markers, credits, teasers and other non-article text."""

from __future__ import annotations

from claimrec.lang.schema import BoilerplatePattern

# Source: markers and credits as printed by Danish news sites (Ritzau wire copy,
# dr.dk, tv2.dk, politiken.dk, berlingske.dk), read 2026-11.
BOILERPLATE = (
    BoilerplatePattern(
        kind="ad_marker", pattern=r"(?:artiklen|historien) fortsætter (?:under|efter) (?:annoncen|reklamen)\.?$"
    ),
    BoilerplatePattern(kind="ad_marker", pattern=r"(?:annonce|reklame)\.?$"),
    BoilerplatePattern(kind="photo_credit", pattern=r"(?:foto|arkivfoto|billede|grafik|illustration)\s*:"),
    BoilerplatePattern(kind="read_also", pattern=r"(?:læs|se|lyt) (?:også|mere)\s*:"),
    BoilerplatePattern(kind="source_credit", pattern=r"kilder?\s*:\s*\S.{0,60}$"),
    BoilerplatePattern(kind="video", pattern=r"(?:se|afspil) video(?:en)?\s*:"),
)
