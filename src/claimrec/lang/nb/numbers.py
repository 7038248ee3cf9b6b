"""Norwegian Bokmål: number words, separators, qualifiers and units."""

from __future__ import annotations

from claimrec.lang.number_schema import NumberData

NUMBERS = NumberData()
