"""What a measurement import found: the rows to add and, row by row, what was rejected and why.

Shared by the CSV and the MLflow imports. An import never applies anything itself: it returns
the rows and this report; the app shows the report and applies the rows as one undo step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from raci_studio.core.model import Measurement, Project
from raci_studio.core.numbers import format_value
from raci_studio.core.value_scale import far_out, typical_magnitude

#: How many rejected rows the text report lists before summarising the rest.
TEXT_LIMIT = 40


class MeasurementImportError(ValueError):
    """The whole source cannot be read (not a CSV, not an MLflow store, too large, …)."""


@dataclass(frozen=True)
class Rejected:
    """A row that was not imported: where it was, what it held, and why."""

    where: str
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class MeasurementImport:
    """The result of reading measurements: what to add and a report a person can trust.

    Attributes
    ----------
    source : str
        The file (or run) the measurements come from, as shown to the user.
    rows : list of (metric id, Measurement)
        What would be added, in source order.
    rejected : list of Rejected
        Every row left out, with where and why.
    notes : list of str
        Readings worth a look (an encoding guessed, repeated dates, collapsed steps, …).
    read : int
        Data rows read (accepted + rejected).
    """

    source: str
    rows: list[tuple[str, Measurement]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    read: int = 0

    def reject(self, where: str, text: str, reason: str) -> None:
        """Record a row that was not imported."""
        self.rejected.append(Rejected(where, " ".join(text.split())[:120], reason))

    @property
    def complete(self) -> bool:
        """Return True when every row read was accepted."""
        return not self.rejected

    def per_metric(self, project: Project) -> dict[str, int]:
        """Return the number of accepted rows per metric name, in project order."""
        counts: dict[str, int] = {}
        for metric_id, _ in self.rows:
            counts[metric_id] = counts.get(metric_id, 0) + 1
        return {m.name: counts[m.id] for m in project.metrics if m.id in counts}

    def summary(self) -> str:
        """Return one sentence: how many rows were read, accepted and rejected."""
        accepted = len(self.rows)
        text = f"{self.read:,} row{'s' if self.read != 1 else ''} read from {self.source}: "
        text += f"{accepted:,} measurement{'s' if accepted != 1 else ''} can be imported"
        if self.rejected:
            count = len(self.rejected)
            text += f"; {count:,} row{'s' if count != 1 else ''} rejected (listed below)"
        return text + "."

    def to_text(self, project: Project | None = None) -> str:
        """Return the whole report as lines to show before applying."""
        lines = [self.summary()]
        if project is not None:
            for name, count in self.per_metric(project).items():
                lines.append(f"  {name}: {count:,}")
        if self.rejected:
            lines.append(f"Rejected ({len(self.rejected):,}):")
            lines += [f"  - {r}" for r in self.rejected[:TEXT_LIMIT]]
            if len(self.rejected) > TEXT_LIMIT:
                lines.append(f"  … and {len(self.rejected) - TEXT_LIMIT:,} more")
        if self.notes:
            lines.append("Notes:")
            lines += [f"  - {note}" for note in self.notes]
        return "\n".join(lines)


def finite(value: float) -> bool:
    """Return True for a number that is neither NaN nor infinite."""
    return math.isfinite(value)


def note_far_values(result: MeasurementImport, project: Project) -> None:
    """Note, per metric, the accepted values far outside that metric's own range.

    The range is the metric's baseline, target, threshold and recorded measurements with the
    imported values: a value 1,000 times their typical magnitude (or beyond 1e100) is more
    likely a wrong key, unit or an overflowed log than a measurement. Such values are still
    imported (they are finite numbers); charts mark them off scale.
    """
    incoming: dict[str, list[float]] = {}
    for metric_id, measurement in result.rows:
        incoming.setdefault(metric_id, []).append(measurement.value)
    for metric in project.metrics:
        values = incoming.get(metric.id)
        if not values:
            continue
        known = [v for v in (metric.baseline, metric.target, metric.threshold) if v is not None]
        known += [m.value for m in metric.measurements]
        typical = typical_magnitude(known or values)
        far = [v for v in values if far_out(v, typical)]
        if not far:
            continue
        worst = max(far, key=abs)
        count = len(far)
        result.notes.append(
            f"{metric.name}: {count:,} value{'s' if count != 1 else ''} far outside the "
            f"metric's range (up to {format_value(worst)}, where its values are around "
            f"{format_value(typical)}); check the metric it was mapped to and its unit. "
            "Charts show such values as off scale."
        )
