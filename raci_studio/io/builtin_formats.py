"""Register the project's own file formats: the workbook, the long CSV and the project file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci_studio.core.model import Project
from raci_studio.io.exporters import register_format


@register_format(".xlsx", "Excel workbook (*.xlsx)")
def write_xlsx(project: Project, path: Path, options: Any = None) -> object:
    from raci_studio.io.workbook.export import export_xlsx

    return export_xlsx(project, path)


@register_format(".csv", "CSV, one row per assignment (*.csv)")
def write_csv(project: Project, path: Path, options: Any = None) -> object:
    from raci_studio.io.workbook.csv_export import export_csv

    return export_csv(project, path)


@register_format(".raci.json", "RACI Studio project (*.raci.json)")
def write_project(project: Project, path: Path, options: Any = None) -> object:
    from raci_studio.io.project.file import save_project

    save_project(project, path)
    return None
