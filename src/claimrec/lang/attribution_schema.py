"""Schema of a language's attribution and hedging knowledge ("ifølge Reuters", "kan falle")."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class AttributionData(BaseModel):
    """Who says so, and how sure. Filled in per language in ``lang/<code>/attribution.py``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
