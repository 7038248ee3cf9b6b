"""Norwegian Nynorsk: ad markers, credits, teasers and other non-article text."""

from __future__ import annotations

from claimrec.lang.schema import BoilerplatePattern

# Source: as for Bokmål (nb.py), in the Nynorsk forms used by nrk.no and Framtida.no
# ("òg", "kjelde", "fylg"), read 2026-11.
BOILERPLATE = (
    BoilerplatePattern(
        kind="ad_marker", pattern=r"(?:saka|artikkelen) held fram (?:under|etter) (?:annonsen|reklamen)\.?$"
    ),
    BoilerplatePattern(kind="ad_marker", pattern=r"(?:annonse|reklame)\.?$"),
    BoilerplatePattern(kind="photo_credit", pattern=r"(?:foto|arkivfoto|bilete|grafikk|illustrasjon)\s*:"),
    BoilerplatePattern(kind="read_also", pattern=r"(?:les|sjå|høyr|lytt) (?:òg|også|meir)\s*:"),
    BoilerplatePattern(kind="source_credit", pattern=r"kjelder?\s*:\s*\S.{0,60}$"),
    BoilerplatePattern(kind="follow_prompt", pattern=r"(?:følg|fylg) (?:med|utviklinga)\b[^.!?]*:$"),
    BoilerplatePattern(kind="video", pattern=r"du treng javascript for å sjå video", scope="paragraph"),
    BoilerplatePattern(kind="factbox", pattern=r"(?:fakta om [^.!?\n]{1,80}?\s+)?ekspander faktaboks\s*", scope="span"),
)
