"""Geometry for the report's inline SVG charts; the templates draw them (autoescaped).

Only numbers and labels computed here reach the SVG, so the charts need no script and no
network: a weekly trend (share with its Wilson band) and an interval bar for a scorecard.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

WIDTH = 320
HEIGHT = 120
PAD_LEFT = 34
PAD_RIGHT = 8
PAD_TOP = 8
PAD_BOTTOM = 22
MAX_X_LABELS = 6
SINGLE_BAND = 6  # half width of the interval box when there is a single week


@dataclass(frozen=True)
class WeekPoint:
    """One week of one measure: share and its 95% interval, with the count behind it."""

    label: str
    share: float
    low: float
    high: float
    n: int


@dataclass(frozen=True)
class Trend:
    """What the trend template needs: polyline points, band polygon, axis labels, dots."""

    width: int
    height: int
    line: str
    band: str
    dots: list[tuple[float, float, str]] = field(default_factory=list)
    x_labels: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    baseline: float = 0.0
    left: float = PAD_LEFT
    right: float = WIDTH - PAD_RIGHT


def _x(index: int, count: int) -> float:
    span = WIDTH - PAD_LEFT - PAD_RIGHT
    if count <= 1:
        return PAD_LEFT + span / 2
    return PAD_LEFT + span * index / (count - 1)


def _y(share: float) -> float:
    span = HEIGHT - PAD_TOP - PAD_BOTTOM
    return PAD_TOP + span * (1.0 - min(1.0, max(0.0, share)))


def _points(pairs: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in pairs)


def _x_labels(points: Sequence[WeekPoint]) -> list[tuple[float, str]]:
    step = max(1, -(-len(points) // MAX_X_LABELS))  # ceil division: at most MAX_X_LABELS labels
    return [(_x(i, len(points)), p.label) for i, p in enumerate(points) if i % step == 0]


def trend(points: Sequence[WeekPoint]) -> Trend | None:
    """Share per week as a line over its Wilson band; None when there is nothing to draw."""
    if not points:
        return None
    count = len(points)
    tops = [(_x(i, count), _y(p.high)) for i, p in enumerate(points)]
    bottoms = [(_x(i, count), _y(p.low)) for i, p in enumerate(points)]
    if count == 1:  # one week: draw the interval as a narrow box rather than a line
        (x, top), (_, bottom) = tops[0], bottoms[0]
        tops = [(x - SINGLE_BAND, top), (x + SINGLE_BAND, top)]
        bottoms = [(x - SINGLE_BAND, bottom), (x + SINGLE_BAND, bottom)]
    line = [(_x(i, count), _y(p.share)) for i, p in enumerate(points)]
    dots = [
        (x, y, f"{p.label}: {p.share:.0%} of {p.n} ({p.low:.0%}–{p.high:.0%})")
        for (x, y), p in zip(line, points, strict=True)
    ]
    return Trend(
        width=WIDTH,
        height=HEIGHT,
        line=_points(line),
        band=_points(tops + bottoms[::-1]),
        dots=dots,
        x_labels=_x_labels(points),
        y_ticks=[(_y(v), f"{v:.0%}") for v in (0.0, 0.5, 1.0)],
        baseline=_y(0.0),
    )


@dataclass(frozen=True)
class IntervalBar:
    """A 0-100% bar with the Wilson interval shaded and the share marked."""

    width: int
    low_x: float
    high_x: float
    share_x: float


def interval_bar(share: float, low: float, high: float, width: int = 120) -> IntervalBar:
    def at(v: float) -> float:
        return round(width * min(1.0, max(0.0, v)), 1)

    return IntervalBar(width=width, low_x=at(low), high_x=at(high), share_x=at(share))
