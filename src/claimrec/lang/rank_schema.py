"""Schema of a language's rank knowledge ("second-largest city", "tredje største by")."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class RankData(BaseModel):
    """How a language ranks things. Filled in per language in ``lang/<code>/ranks.py``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
