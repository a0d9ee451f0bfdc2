"""Read DVC's lineage files — ``*.dvc``, ``dvc.lock``, ``dvc.yaml`` — without DVC installed.

The files are YAML, read with the same alias-free safe loader as model cards. A ``.dvc``
file tracks data added by hand (``dvc add``); ``dvc.lock`` records each pipeline stage's
outputs with their hashes; ``dvc.yaml`` names the stages and which outputs are metrics or
plots (those are not data sets and are left out). Paths are given relative to the folder
read, with ``/``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from raci_studio.core.evidence import TrackedData
from raci_studio.io.evidence.card import load_yaml
from raci_studio.io.evidence.errors import EvidenceError, read_bounded

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_FILES = 2000
MAX_DEPTH = 8
#: Outputs that are models, not data: left out of the data requirements, and said so.
MODEL_SUFFIXES = (
    ".pkl",
    ".pickle",
    ".joblib",
    ".pt",
    ".pth",
    ".onnx",
    ".h5",
    ".keras",
    ".safetensors",
    ".ckpt",
    ".bin",
    ".pb",
    ".tflite",
    ".mlmodel",
)
_SKIP_DIRS = {".git", ".dvc", ".venv", "venv", "node_modules", "__pycache__", ".hg"}


@dataclass(frozen=True)
class Lineage:
    """The data sets found, and the lineage files they came from (relative paths)."""

    tracked: tuple[TrackedData, ...]
    files: tuple[str, ...]
    notes: tuple[str, ...] = ()


def read_lineage(path: str | Path) -> Lineage:
    """Read the DVC files of the folder ``path`` (or one such file); raise EvidenceError."""
    path = Path(path)
    if path.is_dir():
        root, files = path, _lineage_files(path)
    elif path.is_file():
        root, files = path.parent, [path]
    else:
        raise EvidenceError(path, "there is no such file or folder")
    if not files:
        raise EvidenceError(path, "holds no DVC files (*.dvc, dvc.lock, dvc.yaml)")
    found: dict[str, TrackedData] = {}
    excluded: set[str] = set()
    read: list[str] = []
    notes: list[str] = []
    for file in files:
        rel = file.relative_to(root).as_posix()
        data = load_yaml(read_bounded(file, MAX_FILE_BYTES, "DVC file"), rel)
        read.append(rel)
        base = PurePosixPath(rel).parent
        if file.name == "dvc.yaml":
            excluded |= _metric_outputs(data, base)
        elif file.name == "dvc.lock":
            for item in _lock_outputs(data, base, rel, notes):
                found[item.path] = item
        else:
            for item in _outs(data.get("outs"), base, "", rel, notes):
                found.setdefault(item.path, item)
    models = sorted(key for key in found if _is_model(key))
    if models:
        notes.append(f"models left out (they are not data sets): {', '.join(models)}")
    tracked = tuple(
        item for key, item in sorted(found.items()) if key not in excluded and key not in models
    )
    return Lineage(tracked, tuple(read), tuple(notes))


def _is_model(path: str) -> bool:
    parts = PurePosixPath(path).parts
    return path.lower().endswith(MODEL_SUFFIXES) or bool(parts and parts[0] in ("model", "models"))


def _lineage_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for folder, dirs, names in os.walk(root):
        depth = len(Path(folder).relative_to(root).parts)
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and depth < MAX_DEPTH)
        for name in sorted(names):
            if name.endswith(".dvc") or name in ("dvc.lock", "dvc.yaml"):
                candidate = Path(folder) / name
                if candidate.is_file():  # never a pipe or a device
                    files.append(candidate)
        if len(files) > MAX_FILES:
            raise EvidenceError(root, f"holds more than {MAX_FILES:,} DVC files")
    # dvc.yaml first, so that its metrics and plots are known before the lock is read
    return sorted(files, key=lambda f: (f.name != "dvc.yaml", str(f)))


def _lock_outputs(data: dict[str, Any], base: PurePosixPath, rel: str, notes: list[str]):
    stages = data.get("stages")
    if not isinstance(stages, dict):
        notes.append(f"{rel}: no stages")
        return []
    out: list[TrackedData] = []
    for name, stage in list(stages.items())[:MAX_FILES]:
        if isinstance(stage, dict):
            out += _outs(stage.get("outs"), base, str(name), rel, notes)
    return out


def _outs(outs: Any, base: PurePosixPath, stage: str, rel: str, notes: list[str]):
    if not isinstance(outs, list):
        return []
    items: list[TrackedData] = []
    for out in outs[:MAX_FILES]:
        if not isinstance(out, dict) or not isinstance(out.get("path"), str):
            notes.append(f"{rel}: an output without a path")
            continue
        digest = out.get("md5") or out.get("etag") or out.get("checksum") or ""
        items.append(
            TrackedData(
                path=_join(base, out["path"]),
                hash=str(digest)[:80] if isinstance(digest, str | int) else "",
                size=_count(out.get("size")),
                files=_count(out.get("nfiles")),
                stage=stage,
                source_file=rel,
            )
        )
    return items


def _metric_outputs(data: dict[str, Any], base: PurePosixPath) -> set[str]:
    stages = data.get("stages")
    paths: set[str] = set()
    if not isinstance(stages, dict):
        return paths
    for stage in stages.values():
        if not isinstance(stage, dict):
            continue
        for key in ("metrics", "plots"):
            entries = stage.get(key)
            for entry in entries if isinstance(entries, list) else []:
                name = entry if isinstance(entry, str) else next(iter(entry), None)
                if isinstance(name, str):
                    paths.add(_join(base, name))
    return paths


def _join(base: PurePosixPath, path: str) -> str:
    joined = PurePosixPath(os.path.normpath(str(base / path.replace("\\", "/"))))
    return joined.as_posix().removeprefix("./")


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None
