"""Round-robin timing shared by the benchmarks: every case and its baseline in the same run."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def measure(cases: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Return the median seconds of each case, running the cases round-robin.

    Each case runs once first (imports, validators, caches), then ``runs`` times in turn
    with the others, so a busy machine slows every case alike.
    """
    times: dict[str, list[float]] = {name: [] for name in cases}
    for func in cases.values():
        func()
    for _ in range(runs):
        for name, func in cases.items():
            gc.collect()
            start = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}
