"""A small inline SVG chart: a fact's values against the time they hold at.

The chart is built from numbers and dates only; labels that come from articles are escaped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from html import escape

from claimrec.render.view import ClaimRow

WIDTH, HEIGHT = 360, 150
LEFT, RIGHT, TOP, BOTTOM = 56, 24, 22, 30
INSET = 14
"""Space between the y axis (and the right edge) and the first (last) point, so labels do not touch."""


@dataclass(frozen=True)
class Point:
    """One claim on the chart: when its value holds (the day in the middle of the interval) and the value."""

    day: date
    value: float
    label: str
    claim_id: str


def points(rows: list[ClaimRow]) -> list[Point]:
    """The rows whose claims have a value and a resolved time, sorted by time, value and claim id.

    A claim without a stated time holds at its document's publication date (`Claim.holds_at`).
    Shares are given in percent.
    """
    found = []
    for row in rows:
        claim, span = row.claim, row.claim.holds_at()
        if claim.value is None or span is None or span.start is None or span.end is None:
            continue
        first, last = date.fromisoformat(span.start), date.fromisoformat(span.end)
        middle = date.fromordinal((first.toordinal() + last.toordinal()) // 2)
        value = claim.value * 100 if claim.kind == "share" else claim.value
        found.append(Point(middle, value, f"{row.value} — {row.document_label}, {span.label}", claim.id))
    return sorted(found, key=lambda point: (point.day, point.value, point.claim_id))


def changes_over_time(rows: list[ClaimRow]) -> bool:
    """Whether the values differ and hold at two or more different times: worth a chart."""
    found = points(rows)
    return len({p.day for p in found}) > 1 and len({p.value for p in found}) > 1


def value_range(values: list[float]) -> tuple[float, float]:
    """The y axis: the values' range padded by a tenth of it each side (a tenth of the value, or 1, when all
    values are equal); never below 0 when every value is above it."""
    low, high = min(values), max(values)
    pad = (high - low) / 10 or abs(high) / 10 or 1.0
    return (low - pad if low <= 0 else max(low - pad, 0.0)), high + pad


def ticks(low: float, high: float, *, whole: bool = False) -> list[float]:
    """Three to seven round values (1, 2, 2.5 or 5 times a power of ten apart) from `low` to `high`;
    whole numbers only when `whole` (then fewer when the range is narrow)."""
    rough = (high - low) / 6
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    if whole:
        step = max(step, 1.0)
    return [n * step for n in range(math.ceil(low / step), math.floor(high / step) + 1)]


def svg(rows: list[ClaimRow], *, unit: str = "") -> str:
    """An SVG chart of the rows' values against time, or ``""`` when the values do not change over time."""
    if not changes_over_time(rows):
        return ""
    found = points(rows)
    days = [p.day.toordinal() for p in found]
    low, high = value_range([p.value for p in found])
    span_x, span_y = max(max(days) - min(days), 1), high - low
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: int) -> float:
        return LEFT + INSET + (day - min(days)) / span_x * (plot_w - 2 * INSET)

    def y(value: float) -> float:
        return TOP + (high - value) / span_y * plot_h

    suffix = escape(unit)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">',
        "<title>Value against the time it holds at</title>",
    ]
    for tick in ticks(low, high, whole=all(float(p.value).is_integer() for p in found)):
        parts.append(
            f'<line class="grid" x1="{LEFT}" y1="{y(tick):.1f}" x2="{LEFT + plot_w}" y2="{y(tick):.1f}"/>'
            f'<text class="tick" x="{LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{_number(tick)}{suffix}</text>'
        )
    parts += [
        f'<line class="axis" x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}"/>',
        f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}"/>',
    ]
    parts += [
        f'<text class="tick" x="{x(p.day.toordinal()):.1f}" y="{HEIGHT - 8}" text-anchor="middle">{p.day}</text>'
        for p in (found[0], found[-1])
    ]
    path = " ".join(f"{'L' if i else 'M'}{x(p.day.toordinal()):.1f},{y(p.value):.1f}" for i, p in enumerate(found))
    parts.append(f'<path class="line" d="{path}"/>')
    for point in found:
        cx, cy = x(point.day.toordinal()), y(point.value)
        parts.append(
            f'<circle class="point" cx="{cx:.1f}" cy="{cy:.1f}" r="4"><title>{escape(point.label)}</title></circle>'
            f'<text class="label" x="{cx:.1f}" y="{cy - 8:.1f}" text-anchor="middle">'
            f"{_value(point.value, unit)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _value(value: float, unit: str) -> str:
    """A point's value as the cards write it: percent without decimals (as `describe` does), else `_number`."""
    if unit.strip() == "%":
        return f"{value:.0f}{escape(unit)}"
    return f"{_number(value)}{escape(unit)}"


def _number(value: float) -> str:
    """`value` as the report writes values: thousands separated, at most three significant decimals."""
    value = round(value, 9) + 0.0  # 0.30000000000000004 → 0.3, -0.0 → 0.0
    if float(value).is_integer() or abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.3g}"
