"""Swedish: country aliases and demonyms."""

from __future__ import annotations

from claimrec.lang.place_schema import PlaceData

PLACES = PlaceData()
