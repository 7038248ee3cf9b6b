"""How two stated values relate: the same, within rounding, a bound met, or a contradiction."""

from __future__ import annotations

import math
from dataclasses import dataclass

from claimrec.models import Claim, Difference

# Approximate values ("omkring 3000", "about 600") may be this much off either way.
APPROXIMATION = 0.1
# A ratio this close to a power of ten (×10, ×100, ×1000) looks like a scale or typing error.
SCALE_RATIO_TOLERANCE = 0.02
# Round integers with at least this many trailing zeros are taken as rounded to that place.
ROUNDED_FROM_ZEROS = 2
# Shares are stated to this precision at best ("85 prosent" is 0.845–0.855).
SHARE_PRECISION = 0.005
# Values below this are compared as equal (floating-point noise in normalisation).
EPSILON = 1e-9
# Measured quantities are converted and rounded on the way (85 mph is 136.8 km/h, which sources
# write 137, 136 or 135; 12 mph is 19.3 km/h, written 20): quantities this close agree. Counts
# get no such slack.
CONVERSION_TOLERANCE = 0.05
# Durations are compared in hours.
HOURS_PER: dict[str, float] = {
    "seconds": 1 / 3600,
    "minutes": 1 / 60,
    "hours": 1.0,
    "days": 24.0,
    "weeks": 168.0,
    "months": 730.5,
    "years": 8766.0,
}


@dataclass(frozen=True)
class Interval:
    """The values a claim's words allow; `low` and `high` may be infinite for bounds."""

    low: float
    high: float
    exact: bool

    def overlaps(self, other: Interval) -> bool:
        """Whether some value lies in both; the upper end of a rounded value is open (11 is 10.5–11.5)."""
        return (self.low < other.high - EPSILON and other.low < self.high - EPSILON) or self == other


@dataclass(frozen=True)
class Relation:
    """How two claims' values relate, and in what words."""

    difference: Difference
    agrees: bool


def allowed(claim: Claim) -> Interval | None:
    """The interval of values `claim`'s words allow, from its value, bounds, qualifier and precision.

    Bounds include their edge: "more than 24 hours" beside "24 hours" is a bound met, not a
    contradiction, since news copy uses both for the same figure.
    """
    scale = HOURS_PER.get(claim.unit or "", 1.0) if claim.kind == "duration" else 1.0
    if claim.value is None:
        if claim.low is None and claim.high is None:
            return None
        low = claim.low * scale if claim.low is not None else -math.inf
        return Interval(low - EPSILON, (claim.high or math.inf) * scale + EPSILON, exact=False)
    value = claim.value * scale
    qualifier = claim.qualifier or "exact"
    if qualifier in ("more_than", "at_least"):
        return Interval(value - EPSILON, math.inf, exact=False)
    if qualifier in ("less_than", "at_most"):
        return Interval(-math.inf, value + EPSILON, exact=False)
    if qualifier == "up_to":
        return Interval(0.0, value + EPSILON, exact=False)
    spread = _precision(claim) * scale
    if qualifier == "approx":
        spread = max(spread, abs(value) * APPROXIMATION)
    return Interval(value - spread, value + spread, exact=qualifier == "exact" and spread == 0)


def relate(a: Claim, b: Claim) -> Relation:
    """How the values of `a` and `b` (same kind and unit dimension) relate."""
    equal = a.value is not None and b.value is not None and math.isclose(a.value, b.value, abs_tol=EPSILON)
    if equal and (a.kind != "duration" or a.unit == b.unit):
        return Relation("same", agrees=True)
    first, second = allowed(a), allowed(b)
    if first is None or second is None:
        return Relation("same", agrees=True)
    if a.kind == "duration" and a.unit != b.unit and first.overlaps(second):
        return Relation("unit_conversion", agrees=True)
    if a.kind == "quantity" and _converted(a, b):
        return Relation("unit_conversion", agrees=True)
    if _same_direction_bounds(a, b) and not _close_bounds(a, b):
        return Relation("bounds_differ", agrees=False)
    if first.overlaps(second):
        return Relation("bound_satisfied" if _bound(a) or _bound(b) else "rounding", agrees=True)
    if a.value and b.value and _power_of_ten_apart(a.value, b.value):
        return Relation("scale_error", agrees=False)
    return Relation("contradiction", agrees=False)


def _bound(claim: Claim) -> bool:
    """A claim stating a bound or a range rather than a value ("more than 1000", "200–999")."""
    return claim.value is None or (claim.qualifier or "exact") in (
        "more_than",
        "at_least",
        "less_than",
        "at_most",
        "up_to",
    )


def _same_direction_bounds(a: Claim, b: Claim) -> bool:
    """Both lower bounds ("more than", "at least") or both upper bounds ("less than", "up to")."""
    lower, upper = {"more_than", "at_least"}, {"less_than", "at_most", "up_to"}
    pair = {a.qualifier or "exact", b.qualifier or "exact"}
    return a.value is not None and b.value is not None and (pair <= lower or pair <= upper)


def _close_bounds(a: Claim, b: Claim) -> bool:
    """Bounds equal within the precision their figures are stated to."""
    spread = _precision(a.model_copy(update={"qualifier": "exact"})) + _precision(
        b.model_copy(update={"qualifier": "exact"})
    )
    return abs((a.value or 0.0) - (b.value or 0.0)) < max(spread, EPSILON)


def _precision(claim: Claim) -> float:
    """Half the unit of the last digit stated: "3000" is 2500–3500, "11" is 10.5–11.5, "72.4" is 72.35–72.45."""
    value = claim.value or 0.0
    if claim.kind == "share":
        return SHARE_PRECISION
    if not float(value).is_integer():
        decimals = len(f"{value:.6g}".partition(".")[2])
        return 0.5 / 10.0**decimals
    digits = str(int(abs(value)))
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0**zeros / 2 if zeros >= ROUNDED_FROM_ZEROS else 0.5


def _converted(a: Claim, b: Claim) -> bool:
    """Two quantities within `CONVERSION_TOLERANCE` of each other."""
    if a.value is None or b.value is None:
        return False
    return math.isclose(a.value, b.value, rel_tol=CONVERSION_TOLERANCE)


def _power_of_ten_apart(a: float, b: float) -> bool:
    ratio = max(abs(a), abs(b)) / min(abs(a), abs(b))
    if not math.isfinite(ratio):
        return False  # beyond 10^308 apart: no slip of the keyboard
    exponent = round(math.log10(ratio))
    return exponent >= 1 and abs(ratio / 10**exponent - 1) <= SCALE_RATIO_TOLERANCE
