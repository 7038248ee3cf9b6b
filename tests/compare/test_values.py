from __future__ import annotations

import pytest

from claimrec.compare.values import allowed, relate
from claimrec.models import Claim


def _claim(value: float | None, **fields: object) -> Claim:
    base: dict[str, object] = {
        "id": "d:c0", "doc_id": "d", "sentence_id": "d:s0", "start": 0, "end": 1, "text": "x",
        "language": "nb", "kind": "count", "value": value, "qualifier": "exact",
    }  # fmt: skip
    base.update(fields)
    return Claim.model_validate(base)


@pytest.mark.parametrize(
    ("a", "b", "difference"),
    [
        (_claim(3000), _claim(3000, qualifier="approx"), "same"),
        (_claim(1037), _claim(1000, qualifier="more_than"), "bound_satisfied"),
        (_claim(24), _claim(24, qualifier="more_than"), "same"),
        (_claim(500, qualifier="more_than"), _claim(329, qualifier="more_than"), "bounds_differ"),
        (_claim(500, qualifier="more_than"), _claim(520, qualifier="at_least"), "bound_satisfied"),
        (_claim(3000), _claim(3100), "rounding"),
        (_claim(11), _claim(12), "contradiction"),
        (_claim(600, qualifier="approx"), _claim(60000), "scale_error"),
        (_claim(650), _claim(3000), "contradiction"),
        (_claim(None, low=200, high=999, qualifier="approx"), _claim(600), "bound_satisfied"),
        (_claim(0.85, kind="share"), _claim(2 / 3, kind="share", qualifier="approx"), "contradiction"),
        (_claim(2 / 3, kind="share", qualifier="approx"), _claim(0.6667, kind="share"), "rounding"),
        (_claim(150, kind="quantity", unit="km"), _claim(150, kind="quantity", unit="km", qualifier="approx"), "same"),
        (_claim(72, kind="quantity", unit="km"), _claim(72.42, kind="quantity", unit="km"), "unit_conversion"),
        (_claim(136.8, kind="quantity", unit="km/h"), _claim(135, kind="quantity", unit="km/h"), "unit_conversion"),
        (_claim(103, kind="quantity", unit="km"), _claim(112, kind="quantity", unit="km"), "contradiction"),
        (_claim(24, kind="duration", unit="hours"), _claim(1, kind="duration", unit="days"), "unit_conversion"),
        (_claim(30, kind="duration", unit="days"), _claim(20, kind="duration", unit="years"), "contradiction"),
    ],
)
def test_relate(a: Claim, b: Claim, difference: str) -> None:
    assert relate(a, b).difference == difference
    assert relate(b, a).difference == difference


def test_round_numbers_allow_their_rounding_and_exact_ones_their_last_digit() -> None:
    assert (allowed(_claim(3000)).low, allowed(_claim(3000)).high) == (2500, 3500)
    assert (allowed(_claim(11)).low, allowed(_claim(11)).high) == (10.5, 11.5)
    assert allowed(_claim(3000, qualifier="approx")).high == pytest.approx(3500)
    assert allowed(_claim(None)) is None


def test_values_too_far_apart_for_a_float_ratio_are_a_contradiction() -> None:
    # Found by tests/fuzz: 2e-301 against 1e21 overflowed to an infinite ratio and raised OverflowError.
    assert relate(_claim(2e-301), _claim(1e21)).difference == "contradiction"
