"""Make git merge and diff project files with RACI Studio (``raci-studio git-setup``).

Two pieces, as git wants them: an attributes line that sends ``*.raci.json`` files to the
``raci-studio`` merge and diff drivers, and the config that says what those drivers run.
Per repository the line goes into the work tree's ``.gitattributes`` (commit it, so everyone
gets it) and the config into ``.git/config``; with ``--global`` both go to the user's files.
Running it twice changes nothing.
"""

from __future__ import annotations

import os
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

from raci_studio.io.atomic_write import write_atomic
from raci_studio.io.git.run import GitError, run_git, work_tree_of

DRIVER = "raci-studio"
PATTERN = "*.raci.json"
ATTRIBUTES_LINE = f"{PATTERN} merge={DRIVER} diff={DRIVER}"


@dataclass(frozen=True)
class SetupStep:
    """One thing git-setup wrote (or found already in place)."""

    what: str
    where: str
    changed: bool


def driver_command() -> str:
    """Return the shell words that run this RACI Studio's command line."""
    if getattr(sys, "frozen", False):  # the desktop bundle: its executable takes commands
        return shlex.quote(sys.executable)
    script = Path(sys.executable).with_name("raci-studio")
    if script.is_file() and os.access(script, os.X_OK):
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m raci_studio"


def driver_config(command: str | None = None) -> dict[str, str]:
    """Return the git config entries of the merge and diff drivers."""
    command = command or driver_command()
    return {
        f"merge.{DRIVER}.name": "RACI Studio three-way merge of project files",
        f"merge.{DRIVER}.driver": f"{command} merge %O %A %B --path %P",
        f"diff.{DRIVER}.textconv": f"{command} diff --textconv",
    }


def set_up_git(folder: str | os.PathLike[str] = ".", *, user_wide: bool = False) -> list[SetupStep]:
    """Install the drivers for the repository holding ``folder`` (or for the user).

    Raises GitError when git is missing or ``folder`` is not in a work tree (repository mode).
    """
    scope = "--global" if user_wide else "--local"
    cwd = Path(folder)
    if user_wide:
        attributes = _global_attributes_file()
        where = "your git config (--global)"
    else:
        top = work_tree_of(cwd)
        if top is None:
            raise GitError(
                f"{cwd.resolve()} is not in a git work tree; run git-setup inside the "
                "repository, or use --global"
            )
        cwd, attributes, where = top, top / ".gitattributes", str(top / ".git" / "config")
    steps = [_config(cwd, scope, key, value, where) for key, value in driver_config().items()]
    steps.append(_attributes(attributes))
    return steps


def _config(cwd: Path, scope: str, key: str, value: str, where: str) -> SetupStep:
    try:
        current = run_git(["config", scope, "--get", key], cwd=cwd).decode().strip()
    except GitError:
        current = None  # not set yet
    if current != value:
        run_git(["config", scope, key, value], cwd=cwd)
    return SetupStep(f"{key} = {value}", where, current != value)


def _global_attributes_file() -> Path:
    try:
        configured = run_git(["config", "--global", "--path", "--get", "core.attributesFile"])
        text = configured.decode().strip()
        if text:
            return Path(text).expanduser()
    except GitError:
        pass
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "git" / "attributes"


def _attributes(path: Path) -> SetupStep:
    """Add the attributes line to ``path`` unless the pattern is already sent to the drivers."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    lines = text.splitlines()
    if ATTRIBUTES_LINE in (line.strip() for line in lines):
        return SetupStep(ATTRIBUTES_LINE, str(path), False)
    kept = [line for line in lines if not _our_old_line(line)]
    kept.append(ATTRIBUTES_LINE)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, ("\n".join(kept) + "\n").encode("utf-8"))
    return SetupStep(ATTRIBUTES_LINE, str(path), True)


def _our_old_line(line: str) -> bool:
    """True for a line that gave the same pattern to our drivers in another form."""
    words = line.split()
    return bool(words) and words[0] == PATTERN and any(DRIVER in w for w in words[1:])
