"""German: attribution phrases, hedges, conditionals and forecasts."""

from __future__ import annotations

from claimrec.lang.attribution_schema import AttributionData

ATTRIBUTION = AttributionData()
