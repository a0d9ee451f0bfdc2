"""``raci-studio measure``: put a pipeline's numbers into the plan without the app.

The values come from an MLflow run (``--mlflow STORE --run RUN --map KEY=METRIC``) or a
long-form CSV (``--csv FILE``); ``--mlflow STORE --list`` shows what a store holds. They are
applied with the same rules as the app's import (the last value of a day, a value for a date
already recorded replaces it, NaN and infinity refused) as one change, and the plan is saved
atomically, in place or to ``-o OUT``.

Exit codes: 0 every value read was added; 1 some were refused (the others were added);
2 nothing could be read or written (the plan is left as it was).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from raci_studio.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, err, out

if TYPE_CHECKING:
    from raci_studio.core.model import Project
    from raci_studio.io.measurements.found import MeasurementImport
    from raci_studio.io.measurements.mlflow_store import MlflowStore


class _RefusedError(Exception):
    """The command cannot go on; the message says why."""


def run(args: argparse.Namespace) -> int:
    """Run ``measure``; return the exit code."""
    from raci_studio.io.measurements.found import MeasurementImportError
    from raci_studio.io.project.file import ProjectFileError, load_project

    try:
        _check_arguments(args)
        if args.list:
            return _list(args.mlflow)
        project = load_project(args.plan)
        result = _read(args, project)
    except (_RefusedError, ProjectFileError, MeasurementImportError) as exc:
        err(f"raci-studio measure: {exc}")
        return EXIT_UNREADABLE
    return _apply(args, project, result)


def _check_arguments(args: argparse.Namespace) -> None:
    if bool(args.mlflow) == bool(args.csv):
        raise _RefusedError("give either --mlflow STORE or --csv FILE")
    if args.csv and (args.run_name or args.map or args.list):
        raise _RefusedError("--run, --map and --list go with --mlflow, not --csv")
    if args.mlflow and not args.list and not (args.run_name and args.map):
        raise _RefusedError(
            "with --mlflow give --run RUN and at least one --map KEY=METRIC (or --list)"
        )


def _read(args: argparse.Namespace, project: Project) -> MeasurementImport:
    from raci_studio.io.measurements.csv_file import read_measurements_csv
    from raci_studio.io.measurements.mlflow_store import find_run, open_store, read_run

    if args.csv:
        return read_measurements_csv(args.csv, project)
    store = open_store(args.mlflow)
    run = find_run(store, args.run_name)
    mapping = _mapping(args.map, project, run.metric_keys)
    return read_run(store, run.run_id, mapping, project, latest_only=args.latest_only)


def _mapping(pairs: list[str], project: Project, keys: tuple[str, ...]) -> dict[str, str]:
    """Read KEY=METRIC pairs; METRIC is a metric id or name (case and spacing ignored)."""
    by_name = {" ".join(m.name.split()).casefold(): m.id for m in project.metrics}
    ids = {m.id for m in project.metrics}
    mapping: dict[str, str] = {}
    for pair in pairs:
        key, sep, metric = pair.rpartition("=")
        key, metric = key.strip(), metric.strip()
        if not sep or not key or not metric:
            raise _RefusedError(
                f'--map "{pair}": write KEY=METRIC, e.g. val/accuracy=intent-accuracy'
            )
        found = metric if metric in ids else by_name.get(" ".join(metric.split()).casefold())
        if found is None:
            known = ", ".join(sorted(ids)[:12]) or "none"
            raise _RefusedError(f'--map "{pair}": the plan has no metric "{metric}" (ids: {known})')
        if key not in keys:
            logged = ", ".join(keys[:20]) or "none"
            raise _RefusedError(
                f'--map "{pair}": the run logged no metric "{key}" (keys: {logged})'
            )
        mapping[key] = found
    return mapping


def _apply(args: argparse.Namespace, project: Project, result: MeasurementImport) -> int:
    from raci_studio.core.actions.metrics import import_label, merge_measurements
    from raci_studio.core.document import Document
    from raci_studio.core.edits import EditError
    from raci_studio.io.project.file import ProjectFileError, save_project

    target = Path(args.output or args.plan)
    try:
        label = import_label(len(result.rows), result.source)
        plan = merge_measurements(project, result.rows, label)
    except EditError as exc:
        err(f"raci-studio measure: {exc}")
        return EXIT_UNREADABLE
    out(result.to_text(project))
    if plan.edit is not None:
        Document(project).apply(plan.edit)
    if plan.edit is not None or args.output:
        try:
            save_project(project, target)
        except ProjectFileError as exc:
            err(str(exc))
            return EXIT_UNREADABLE
    if plan.edit is None:
        out(f"Nothing new for {target}: every value read is already recorded.")
    else:
        out(f"{plan.summary()} Saved {target}.")
    return EXIT_FINDINGS if result.rejected else EXIT_OK


def _list(path: str) -> int:
    from raci_studio.io.measurements.mlflow_store import open_store

    store = open_store(path)
    out(f"{store.path} ({store.kind}): {len(store.runs):,} runs")
    for experiment, runs in _by_experiment(store).items():
        out(f"\nExperiment: {experiment}")
        for run in runs:
            parent = f"  parent: {run.parent_name} ({run.parent_id})" if run.parent_id else ""
            out(f"  {run.name}")
            out(f"    id: {run.run_id}  started: {run.local_start() or '-'}  {run.status}")
            if parent:
                out(f"  {parent}")
            out(f"    metrics: {', '.join(run.metric_keys) or '(none)'}")
    for problem in store.problems:
        err(f"could not read: {problem}")
    return EXIT_OK


def _by_experiment(store: MlflowStore) -> dict[str, list]:
    groups: dict[str, list] = {}
    for run in store.runs:
        groups.setdefault(run.experiment, []).append(run)
    return groups


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``measure`` command to the parser."""
    p = sub.add_parser(
        "measure",
        help="add measurements from an MLflow run or a CSV file to a plan",
        description="Add measurements from an MLflow run or a long-form CSV to a plan, as the "
        "app's import does, and save it atomically. Exit 0: all added; 1: some values "
        "refused; 2: nothing could be read or written.",
    )
    p.add_argument("plan", metavar="PLAN", help="the .raci.json plan to update")
    p.add_argument("--mlflow", metavar="STORE", help="an mlruns folder or an mlflow.db file")
    p.add_argument(
        "--run", dest="run_name", metavar="RUN", help="the run id, or a run name no other run has"
    )
    p.add_argument(
        "--map",
        metavar="KEY=METRIC",
        action="append",
        default=[],
        help="import the MLflow metric KEY into the plan's METRIC (id or name); repeatable",
    )
    p.add_argument("--list", action="store_true", help="list the store's experiments and runs")
    p.add_argument(
        "--latest-only",
        action="store_true",
        help="keep only each key's last value instead of the last value of each day",
    )
    p.add_argument("--csv", metavar="FILE", help="a CSV of date, metric, value[, note, source]")
    p.add_argument("-o", "--output", metavar="OUT", help="write the result here, not in PLAN")
    p.set_defaults(run=run)
