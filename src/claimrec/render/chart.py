"""A small inline SVG chart: a fact's values against the time they hold at.

The chart is built from numbers and dates only; labels that come from articles are escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from claimrec.render.view import ClaimRow

WIDTH, HEIGHT = 360, 150
LEFT, RIGHT, TOP, BOTTOM = 56, 24, 22, 30


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
        found.append(Point(middle, value, f"{row.value} — {row.document.id}, {span.label}", claim.id))
    return sorted(found, key=lambda point: (point.day, point.value, point.claim_id))


def changes_over_time(rows: list[ClaimRow]) -> bool:
    """Whether the values differ and hold at two or more different times: worth a chart."""
    found = points(rows)
    return len({p.day for p in found}) > 1 and len({p.value for p in found}) > 1


def svg(rows: list[ClaimRow], *, unit: str = "") -> str:
    """An SVG chart of the rows' values against time, or ``""`` when the values do not change over time."""
    if not changes_over_time(rows):
        return ""
    found = points(rows)
    days = [p.day.toordinal() for p in found]
    values = [p.value for p in found]
    low, high = min(0.0, min(values)), max(values)
    span_x, span_y = max(max(days) - min(days), 1), max(high - low, 1e-9)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: int) -> float:
        return LEFT + (day - min(days)) / span_x * plot_w

    def y(value: float) -> float:
        return TOP + (high - value) / span_y * plot_h

    suffix = escape(unit)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">',
        "<title>Value against the time it holds at</title>",
        f'<line class="axis" x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}"/>',
        f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}"/>',
        f'<text class="tick" x="{LEFT - 6}" y="{y(high) + 4:.1f}" text-anchor="end">{_number(high)}{suffix}</text>',
        f'<text class="tick" x="{LEFT - 6}" y="{y(low) + 4:.1f}" text-anchor="end">{_number(low)}{suffix}</text>',
        f'<text class="tick" x="{LEFT}" y="{HEIGHT - 8}">{found[0].day.isoformat()}</text>',
        f'<text class="tick" x="{LEFT + plot_w}" y="{HEIGHT - 8}" text-anchor="end">{found[-1].day.isoformat()}</text>',
    ]
    path = " ".join(f"{'L' if i else 'M'}{x(p.day.toordinal()):.1f},{y(p.value):.1f}" for i, p in enumerate(found))
    parts.append(f'<path class="line" d="{path}"/>')
    for point in found:
        cx, cy = x(point.day.toordinal()), y(point.value)
        parts.append(
            f'<circle class="point" cx="{cx:.1f}" cy="{cy:.1f}" r="4"><title>{escape(point.label)}</title></circle>'
            f'<text class="label" x="{cx:.1f}" y="{cy - 8:.1f}" text-anchor="middle">{_number(point.value)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3g}"
