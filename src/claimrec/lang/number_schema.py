"""Schema of a language's number knowledge (number words, separators, qualifiers, units)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class NumberData(BaseModel):
    """How a language writes numbers. Filled in per language in ``lang/<code>/numbers.py``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
