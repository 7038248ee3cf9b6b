"""Schema of a language's place knowledge (country aliases, demonyms)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class PlaceData(BaseModel):
    """How a language names countries and their people. Filled in per language in ``lang/<code>/places.py``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
