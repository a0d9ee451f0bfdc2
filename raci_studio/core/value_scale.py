"""Which values are far outside a metric's own range: unit slips, overflowed logs, sentinels.

A project may hold any finite number (1.5e308 included), so charts and imports need one rule
for values that cannot be drawn beside the others: a value is *far out* when its magnitude is
beyond :data:`ABSURD` (no real measurement is that large, and plotting code overflows on it)
or more than :data:`FAR_FACTOR` times the metric's typical magnitude (taken as at least 1, so
values near zero, down to 5e-324, never push ordinary ones off scale).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from statistics import median

#: Magnitudes beyond this are never drawn to scale.
ABSURD = 1e100
#: A value this many times the typical magnitude of its metric is far outside its range.
FAR_FACTOR = 1_000.0


def typical_magnitude(numbers: Iterable[float]) -> float:
    """Return the median magnitude of the finite, non-zero, not absurd ``numbers`` (0 if none)."""
    sizes = [abs(x) for x in numbers if math.isfinite(x) and 0 < abs(x) <= ABSURD]
    return median(sizes) if sizes else 0.0


def far_out(value: float, typical: float) -> bool:
    """Return True when ``value`` cannot be shown beside values of magnitude ``typical``."""
    if not math.isfinite(value) or abs(value) > ABSURD:
        return True
    return abs(value) > FAR_FACTOR * max(typical, 1.0)


def safe_mean(values: Sequence[float]) -> float:
    """Return the mean of finite ``values`` without overflowing (1.5e308 twice is 1.5e308)."""
    n = len(values)
    total = sum(values) / n
    if math.isfinite(total):
        return total
    return sum(v / n for v in values)
