"""Read a workbook that RACI Studio exported back into the very same project.

The RACI sheet is the authority for activities (their order, phase, name, letters and
description), because that is the sheet people edit; the Assignments sheet is a view of it
for pivot tables and is not read. Every other object comes from its own sheet. The workbook
arrives already opened (read-only, data-only) by the guarded opener; anything that does not
fit a project raises :class:`OwnWorkbookError` naming the sheet and the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from raci_studio.core.model import (
    SCHEMA_VERSION,
    Activity,
    Constraint,
    Criterion,
    DataRequirement,
    Decision,
    Flow,
    Gate,
    Lesson,
    Measurement,
    Metric,
    ModelCard,
    Note,
    Phase,
    Project,
    Retrospective,
    Risk,
    Role,
    Scoping,
)
from raci_studio.core.references import check_references
from raci_studio.core.scheme import SCHEMES
from raci_studio.io.workbook.read import (
    Block,
    OwnWorkbookError,
    SheetReader,
    Where,
    address,
    cell_at,
)
from raci_studio.io.workbook.tables import (
    FLOWS,
    GATE_CRITERIA,
    GATES,
    LAYOUT,
    LAYOUT_SHEET,
    LIFECYCLE_SHEET,
    MANDATORY_SECTIONS_LABEL,
    MARKER_SHEET,
    MEASUREMENTS,
    MEASUREMENTS_SHEET,
    METRICS,
    METRICS_SHEET,
    MODEL_CARD_FIELDS,
    MODEL_CARD_SECTION,
    PHASES,
    PROBLEM_FIELDS,
    PROBLEM_SECTION,
    PROJECT_FIELDS,
    PROJECT_SECTION,
    RACI_SHEET,
    RETROSPECTIVE_FIELDS,
    RETROSPECTIVE_SECTION,
    RETROSPECTIVE_TABLES,
    ROLES,
    ROLES_SHEET,
    SCOPING_SHEET,
    SCOPING_TABLES,
    TEMPLATE_SECTION,
    WORKBOOK_FORMAT,
    WORKBOOK_VERSION,
    Table,
)

__all__ = ["OwnWorkbookError", "is_own_workbook", "project_from_own_workbook"]

REQUIRED_SHEETS = (RACI_SHEET, ROLES_SHEET, LIFECYCLE_SHEET, METRICS_SHEET, SCOPING_SHEET)


def is_own_workbook(wb: Any) -> bool:
    """Tell whether ``wb`` (an open openpyxl workbook) was exported by RACI Studio."""
    if MARKER_SHEET not in wb.sheetnames:
        return False
    try:
        rows = wb[MARKER_SHEET].iter_rows(min_row=1, max_row=10, max_col=2, values_only=True)
        return any(tuple(row[:2]) == ("format", WORKBOOK_FORMAT) for row in rows)
    except Exception:  # a damaged marker is simply not ours; the importer reports the rest
        return False


def project_from_own_workbook(wb: Any) -> Project:
    """Rebuild the project a RACI Studio workbook was exported from.

    Raises :class:`OwnWorkbookError` naming the sheet and cell of the first problem.
    """
    return _Reader(wb).project()


class _Reader(SheetReader):
    """Rebuild a project from the sheets, remembering where each object was read."""

    # -- the project ------------------------------------------------------------------------

    def project(self) -> Project:
        """Read every sheet and return the validated project."""
        self.marker()
        for sheet in REQUIRED_SHEETS:
            if sheet not in self.wb.sheetnames:
                self.rows(sheet)  # raises, naming the sheet
        scoping_blocks = self.sections(
            SCOPING_SHEET,
            (
                PROJECT_SECTION,
                PROBLEM_SECTION,
                *(t.title for t, _f in SCOPING_TABLES),
                MODEL_CARD_SECTION,
            ),
            optional=(
                TEMPLATE_SECTION,
                RETROSPECTIVE_SECTION,
                *(t.title for t, _f in RETROSPECTIVE_TABLES),
            ),
        )
        head = self.fields(SCOPING_SHEET, scoping_blocks[PROJECT_SECTION], PROJECT_FIELDS)
        scheme_name = head.get("scheme", "RACI")
        if scheme_name not in SCHEMES:
            start = scoping_blocks[PROJECT_SECTION][0]
            raise OwnWorkbookError(
                f"{address(SCOPING_SHEET, start + 2, 2)}: the letter scheme must be "
                f'{" or ".join(SCHEMES)}, not "{scheme_name}"'
            )
        roles = self.items(ROLES_SHEET, ROLES, Role, self.rows(ROLES_SHEET), 1, "$.roles")
        lifecycle = self.sections(
            LIFECYCLE_SHEET, (PHASES.title, GATES.title, GATE_CRITERIA.title, FLOWS.title)
        )
        phases = self.block(LIFECYCLE_SHEET, PHASES, Phase, lifecycle, "$.phases")
        gates = self.gates(lifecycle)
        flows = self.block(LIFECYCLE_SHEET, FLOWS, Flow, lifecycle, "$.flows")
        metrics = self.metrics()
        activities = self.activities(roles, scheme_name)
        data = {
            **head,
            "roles": roles,
            "phases": phases,
            "gates": gates,
            "flows": flows,
            "activities": activities,
            "metrics": metrics,
            "scoping": self.scoping(scoping_blocks),
            "layout": self.layout(),
            "retrospective": self.retrospective(scoping_blocks),
        }
        where = Where(SCOPING_SHEET, scoping_blocks[PROJECT_SECTION][0], {}, 2)
        project = self.validate(Project, data, where)
        self.check(project)
        return project

    def marker(self) -> None:
        """Check the marker sheet: ours, and not from a newer version."""
        values = {
            row[0]: cell_at(row, 1)
            for row in self.rows(MARKER_SHEET)
            if row and isinstance(row[0], str)
        }
        if values.get("format") != WORKBOOK_FORMAT:
            raise OwnWorkbookError("This workbook was not exported by RACI Studio")
        version, schema = values.get("version"), values.get("project_schema_version")
        if not isinstance(version, int | float) or not isinstance(schema, int | float):
            raise OwnWorkbookError(
                f"The {MARKER_SHEET} sheet is damaged: its version rows are missing"
            )
        if version > WORKBOOK_VERSION or schema > SCHEMA_VERSION:
            raise OwnWorkbookError(
                "This workbook was exported by a newer RACI Studio; update RACI Studio to open it"
            )

    def items(
        self,
        sheet: str,
        table: Table,
        model: type[BaseModel],
        rows: Sequence[tuple[Any, ...]],
        first_row: int,
        path: str,
    ) -> list[Any]:
        """Read a table whose rows are ``model`` objects, noting where each came from."""
        result: list[Any] = []
        for data, where in self.table(sheet, table, rows, first_row):
            self.places[f"{path}[{len(result)}]"] = where
            result.append(self.validate(model, data, where))
        return result

    def block(
        self,
        sheet: str,
        table: Table,
        model: type[BaseModel],
        blocks: dict[str, Block],
        path: str,
    ) -> list[Any]:
        """Read the titled block of ``table`` as ``model`` objects."""
        start, rows = blocks[table.title]
        return self.items(sheet, table, model, rows, start, path)

    def gates(self, blocks: dict[str, Block]) -> list[Gate]:
        """Read the gates and put each criterion of the criteria table in its gate."""
        start, rows = blocks[GATES.title]
        gates: list[dict[str, Any]] = []
        for data, where in self.table(LIFECYCLE_SHEET, GATES, rows, start):
            self.places[f"$.gates[{len(gates)}]"] = where
            gates.append(data)
        index = {g["id"]: i for i, g in enumerate(gates)}
        start, rows = blocks[GATE_CRITERIA.title]
        for data, where in self.table(LIFECYCLE_SHEET, GATE_CRITERIA, rows, start):
            gate_id = data.pop("gate")
            if gate_id not in index:
                raise OwnWorkbookError(
                    f'{where.cell("gate")}: "{gate_id}" is not a gate of the Gates table'
                )
            criteria = gates[index[gate_id]].setdefault("criteria", [])
            self.places[f"$.gates[{index[gate_id]}].criteria[{len(criteria)}]"] = where
            criteria.append(self.validate(Criterion, data, where))
        return [
            self.validate(Gate, data, self.places[f"$.gates[{i}]"]) for i, data in enumerate(gates)
        ]

    def metrics(self) -> list[Metric]:
        """Read the metrics and give each its measurements, in sheet order."""
        metrics = self.table(METRICS_SHEET, METRICS, self.rows(METRICS_SHEET), 1)
        index = {data["id"]: i for i, (data, _w) in enumerate(metrics)}
        history: list[list[Measurement]] = [[] for _ in metrics]
        rows = self.rows(MEASUREMENTS_SHEET)
        for data, where in self.table(MEASUREMENTS_SHEET, MEASUREMENTS, rows, 1):
            metric_id = data.pop("metric")
            if metric_id not in index:
                raise OwnWorkbookError(
                    f'{where.cell("metric")}: "{metric_id}" is not a metric of the Metrics sheet'
                )
            history[index[metric_id]].append(self.validate(Measurement, data, where))
        result = []
        for i, (data, where) in enumerate(metrics):
            self.places[f"$.metrics[{i}]"] = where
            result.append(self.validate(Metric, {**data, "measurements": history[i]}, where))
        return result

    def scoping(self, blocks: dict[str, Block]) -> Scoping:
        """Read the MRD from the Scoping sheet's blocks."""
        data: dict[str, Any] = self.fields(SCOPING_SHEET, blocks[PROBLEM_SECTION], PROBLEM_FIELDS)
        models: dict[str, type[BaseModel]] = {
            "data_requirements": DataRequirement,
            "risks": Risk,
            "assumptions": Note,
            "constraints": Constraint,
            "go_no_go": Criterion,
            "decision_log": Decision,
        }
        for table, field in SCOPING_TABLES:
            start, rows = blocks[table.title]
            data[field] = self.items(
                SCOPING_SHEET, table, models[field], rows, start, f"$.scoping.{field}"
            )
        card: dict[str, Any] = dict(
            self.fields(SCOPING_SHEET, blocks[MODEL_CARD_SECTION], MODEL_CARD_FIELDS)
        )
        if not card.get("date"):
            card.pop("date", None)  # an empty date is "no date", not an error
        start = blocks[MODEL_CARD_SECTION][0]
        data["model_card"] = self.validate(ModelCard, card, Where(SCOPING_SHEET, start, {}, 2))
        if TEMPLATE_SECTION in blocks:
            rules = self.fields(
                SCOPING_SHEET, blocks[TEMPLATE_SECTION], ((MANDATORY_SECTIONS_LABEL, "keys"),)
            )
            keys = rules.get("keys", "")
            data["mandatory_sections"] = [k.strip() for k in keys.split("\n") if k.strip()]
        where = Where(SCOPING_SHEET, blocks[PROBLEM_SECTION][0], {}, 2)
        return self.validate(Scoping, data, where)

    def retrospective(self, blocks: dict[str, Block]) -> Retrospective:
        """Read the retrospective's summary and lists (absent from older workbooks)."""
        data: dict[str, Any] = {}
        if RETROSPECTIVE_SECTION in blocks:
            block = blocks[RETROSPECTIVE_SECTION]
            data.update(self.fields(SCOPING_SHEET, block, RETROSPECTIVE_FIELDS))
        models: dict[str, type[BaseModel]] = {
            "findings": Note,
            "contributing_factors": Note,
            "lessons": Lesson,
        }
        for table, field in RETROSPECTIVE_TABLES:
            if table.title in blocks:
                start, rows = blocks[table.title]
                path = f"$.retrospective.{field}"
                data[field] = self.items(SCOPING_SHEET, table, models[field], rows, start, path)
        start = blocks[RETROSPECTIVE_SECTION][0] if RETROSPECTIVE_SECTION in blocks else 1
        return self.validate(Retrospective, data, Where(SCOPING_SHEET, start, {}, 2))

    def layout(self) -> dict[str, tuple[float, float]]:
        """Read the diagram positions from the hidden layout sheet (none when it is gone)."""
        if LAYOUT_SHEET not in self.wb.sheetnames:
            return {}
        result: dict[str, tuple[float, float]] = {}
        for data, where in self.table(LAYOUT_SHEET, LAYOUT, self.rows(LAYOUT_SHEET), 1):
            self.places[f"$.layout[{data['node']!r}]"] = where
            for axis in ("x", "y"):
                if data[axis] is None:
                    raise OwnWorkbookError(f"{where.cell(axis)}: the position needs a number")
            result[data["node"]] = (data["x"], data["y"])
        return result

    def activities(self, roles: list[Role], scheme_name: str) -> list[Activity]:
        """Read the RACI grid."""
        from raci_studio.io.workbook.raci_sheet import read_raci_grid

        return read_raci_grid(self, self.rows(RACI_SHEET), roles, SCHEMES[scheme_name])

    def check(self, project: Project) -> None:
        """Refuse a project whose references do not resolve, naming the cell."""
        problems = check_references(project)
        if not problems:
            return
        problem = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        place = self._place(problem.path)
        raise OwnWorkbookError(f"{place}: {problem.message}{more}")

    def _place(self, path: str) -> str:
        best = ""
        for prefix in self.places:
            if path.startswith(prefix) and len(prefix) > len(best):
                rest = path[len(prefix) :]
                if not rest or rest[0] in ".[":
                    best = prefix
        if not best:
            return "The workbook"
        field = path[len(best) :].lstrip(".").split(".")[0].split("[")[0]
        return self.places[best].cell(field or None)
