"""English: ad markers, credits, teasers and other non-article text."""

from __future__ import annotations

from claimrec.lang.schema import BoilerplatePattern

# Source: markers and credits as printed by English-language news sites (AP and
# Reuters wire copy, bbc.co.uk, theguardian.com), read 2026-11.
BOILERPLATE = (
    BoilerplatePattern(kind="ad_marker", pattern=r"(?:advertisement|sponsored)\.?$"),
    BoilerplatePattern(
        kind="ad_marker",
        pattern=r"(?:the )?(?:story|article) continues (?:below|after) (?:the )?(?:advertisement|ad)\.?$",
    ),
    BoilerplatePattern(kind="photo_credit", pattern=r"(?:photo|photograph|image|picture|file photo|graphic)\s*:"),
    BoilerplatePattern(kind="read_also", pattern=r"(?:read (?:more|also)|see also|related)\s*:"),
    BoilerplatePattern(kind="source_credit", pattern=r"sources?\s*:\s*\S.{0,60}$"),
    BoilerplatePattern(kind="video", pattern=r"(?:watch|video)\s*:"),
    BoilerplatePattern(
        kind="video",
        pattern=r"(?:this video can ?not be played|you need (?:to enable )?javascript to (?:play|watch))",
        scope="paragraph",
    ),
)
