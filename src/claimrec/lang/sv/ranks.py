"""Swedish: ordinals and superlatives that rank an entity."""

from __future__ import annotations

from claimrec.lang.rank_schema import RankData

RANKS = RankData()
