"""Export the RACI grid as CSV in long form: one row per phase, activity, role and letter.

UTF-8 with a byte-order mark, so Excel opens accents and non-Latin names correctly; every
field is quoted, and a field that a spreadsheet would run as a formula (starting with
``= + - @``, tab or carriage return) gets a leading ``'``, following OWASP's advice on CSV
injection.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import BinaryIO

from raci_studio.core.model import Project
from raci_studio.io.workbook.common import (
    LONG_FORM_HEADER,
    ExportReport,
    csv_safe,
    long_form,
    write_atomically,
)


def export_csv(project: Project, path: Path | str) -> ExportReport:
    """Write the long form of ``project``'s grid to ``path`` and report the rows written.

    Raises :class:`~raci_studio.io.workbook.common.ExportError` when the file cannot be written.
    """
    report = ExportReport(Path(path))
    known_roles = {r.id for r in project.roles}

    def write(target: BinaryIO) -> None:
        text = io.StringIO(newline="")
        writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(LONG_FORM_HEADER)
        for row in long_form(project):
            writer.writerow([csv_safe(value) for value in row])
            report.rows += 1
        target.write(text.getvalue().encode("utf-8-sig"))

    for activity in project.activities:
        for role_id in activity.raci.keys() - known_roles:
            report.warnings.append(
                f'"{activity.name}" assigns {activity.raci[role_id]} to "{role_id}", which is '
                "not a role of this project; left out"
            )
    write_atomically(Path(path), write)
    return report
