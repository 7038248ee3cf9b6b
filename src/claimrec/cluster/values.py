"""When two claims state the same value, one pair at a time (`equal_values`) or many at once (`ValueCodes`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from claimrec.models import Claim, TimeSpan


def equal_values(a: Claim, b: Claim) -> bool:
    """Whether two claims state the same value: sources agreeing is the strongest sign of one fact,
    so such pairs are joined first (`AGREEMENT_BONUS`)."""
    if a.kind == "time":
        return a.time is not None and b.time is not None and _equal_times(a.time, b.time)
    return a.value is not None and a.value == b.value and a.unit == b.unit


@dataclass(frozen=True)
class ValueCodes:
    """The claims' values as numbers, so that `equal_values` can be asked of many pairs at once.

    Attributes:
        time: Whether each claim is a time claim.
        value: The same number for the same value and unit (-1 for none): what a claim other than a
            time states.
        span: The same number for the same resolved interval (-1 where unresolved), and likewise
            `weekday` (-1 for none) and `label` (its lower case; -1 without a time): what a time claim states.
    """

    time: NDArray[np.bool_]
    value: NDArray[np.int64]
    span: NDArray[np.int64]
    weekday: NDArray[np.int64]
    label: NDArray[np.int64]

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> ValueCodes:
        """The codes of `claims`."""

        def array(keys: Iterator[object]) -> NDArray[np.int64]:
            numbers: dict[object, int] = {}
            codes = (-1 if key is None else numbers.setdefault(key, len(numbers)) for key in keys)
            return np.fromiter(codes, dtype=np.int64, count=len(claims))

        times = [claim.time for claim in claims]
        return cls(
            time=np.fromiter((claim.kind == "time" for claim in claims), dtype=bool, count=len(claims)),
            value=array((c.value, c.unit) if c.value is not None and c.value == c.value else None for c in claims),
            span=array(
                (t.start, t.end) if t is not None and t.start is not None and t.end is not None else None for t in times
            ),
            weekday=np.fromiter(
                (-1 if t is None or t.weekday is None else t.weekday for t in times), dtype=np.int64, count=len(claims)
            ),
            label=array(None if t is None else t.label.lower() for t in times),
        )

    def equal(self, first: NDArray[np.int64], second: NDArray[np.int64]) -> NDArray[np.bool_]:
        """`equal_values` of each pair (first[k], second[k])."""
        span, weekday, label = self.span, self.weekday, self.label
        resolved = (span[first] >= 0) & (span[second] >= 0)
        named = (weekday[first] >= 0) & (weekday[second] >= 0)
        times = (label[first] >= 0) & (label[second] >= 0)
        same_time = np.where(
            resolved,
            span[first] == span[second],
            np.where(named, weekday[first] == weekday[second], label[first] == label[second]),
        )
        same_value = (self.value[first] >= 0) & (self.value[first] == self.value[second])
        equal: NDArray[np.bool_] = np.where(self.time[first], times & same_time, same_value)
        return equal


def _equal_times(a: TimeSpan, b: TimeSpan) -> bool:
    """The same resolved interval; where either is unresolved (no publication date to resolve
    "Sunday" against), the same weekday, else the same words."""
    if None not in (a.start, a.end, b.start, b.end):
        return (a.start, a.end) == (b.start, b.end)
    if a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    return a.label.lower() == b.label.lower()
