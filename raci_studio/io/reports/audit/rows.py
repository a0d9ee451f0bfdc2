"""What every audit format shows, as plain strings: each writer escapes them for itself."""

from __future__ import annotations

from raci_studio.core.audit import PersonLoad, PortfolioAudit, ProjectAudit
from raci_studio.core.numbers import format_value

PROJECT_HEADER = (
    "Project",
    "Outcome",
    "KPI: target → achieved",
    "Shortfall",
    "Gates passed / failed / open",
    "RACI hygiene",
    "Overloaded roles",
    "MRD",
    "Drift incidents",
    "Decisions",
    "Planned → actual days",
)
SEPARATOR_HEADER = ("Found in", "Signal")
TITLE = "Portfolio audit"


def _kpi(row: ProjectAudit) -> str:
    parts = []
    for k in row.kpis:
        unit = k.metric.unit if k.metric.unit == "%" else f" {k.metric.unit}".rstrip()
        target = format_value(k.metric.target) if k.metric.target is not None else "—"
        got = "not measured" if k.achieved is None else format_value(k.achieved) + unit
        parts.append(f"{k.metric.name}: {target} → {got}")
    return "; ".join(parts) or "no KPI with a target"


def _shortfall(row: ProjectAudit) -> str:
    values = [k.shortfall for k in row.kpis if k.shortfall is not None]
    if not values:
        return "—"
    worst = max(values)
    return "met" if worst == 0 else f"{worst:.0%}"


def _days(row: ProjectAudit) -> str:
    planned = "—" if row.planned_days is None else str(row.planned_days)
    actual = "—" if row.actual_days is None else str(row.actual_days)
    return f"{planned} → {actual}"


def project_row(row: ProjectAudit) -> tuple[str, ...]:
    """Return one project's row of the audit table."""
    return (
        row.name,
        row.outcome,
        _kpi(row),
        _shortfall(row),
        f"{row.gates_passed} / {row.gates_failed} / {row.gates_undecided}",
        f"{row.raci_hygiene:.0%}",
        ", ".join(row.overloaded_roles) or "—",
        f"{row.mrd_percent}%",
        str(row.drift_incidents),
        str(row.decisions),
        _days(row),
    )


def summary(audit: PortfolioAudit) -> str:
    """Return the one-line summary of the portfolio."""
    n = len(audit.projects)
    return (
        f"{n} project{'s' if n != 1 else ''}: {audit.count('succeeded')} succeeded, "
        f"{audit.count('failed')} failed, {audit.count('in progress')} in progress."
    )


def separator_rows(
    audit: PortfolioAudit,
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Return (only in failed, only in successful) rows: "2 of 3 failed", words."""
    failed, good = audit.count("failed"), audit.count("succeeded")
    return (
        [(f"{s.failed} of {failed} failed", s.words) for s in audit.only_in_failed],
        [(f"{s.succeeded} of {good} successful", s.words) for s in audit.only_in_successful],
    )


def people_columns(audit: PortfolioAudit) -> list[str]:
    """Return the project labels, the columns of the people heat map."""
    return [row.label for row in audit.projects]


def person_cells(person: PersonLoad, columns: list[str]) -> list[int]:
    """Return the person's R + A per project column (0 where not named)."""
    return [person.by_project.get(label, 0) for label in columns]


def shared_people(audit: PortfolioAudit) -> list[PersonLoad]:
    """Return the people named in two or more projects, most loaded first."""
    return [p for p in audit.people if len(p.by_project) >= 2]
