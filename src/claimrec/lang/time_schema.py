"""Schema of a language's time knowledge (weekdays, parts of day, months, relative times)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class TimeData(BaseModel):
    """How a language speaks of times. Filled in per language in ``lang/<code>/times.py``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
