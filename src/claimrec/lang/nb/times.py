"""Norwegian Bokmål: weekdays, parts of day, months and relative time expressions."""

from __future__ import annotations

from claimrec.lang.time_schema import TimeData

TIMES = TimeData()
