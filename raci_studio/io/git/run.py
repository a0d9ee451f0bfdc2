"""Run the ``git`` command: find it, locate a file's work tree, read the last commit's copy."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

#: Longest wait for one git command; reading one file from a commit takes milliseconds.
GIT_TIMEOUT = 30.0


class GitError(Exception):
    """Git is missing, the file is not in a work tree, or a git command failed; in words."""


def git_executable() -> str | None:
    """Return the path of the ``git`` command, or None when git is not installed."""
    return shutil.which("git")


def run_git(
    args: list[str], cwd: str | os.PathLike[str] | None = None, stdin: bytes | None = None
) -> bytes:
    """Run ``git ARGS`` in ``cwd``, fed ``stdin``; return its output, raise GitError on failure."""
    git = git_executable()
    if git is None:
        raise GitError("git is not installed (or not on the PATH); install git to use this")
    try:
        done = subprocess.run(
            [git, *args],
            cwd=cwd,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
            input=stdin or b"",  # empty: git sees the end of input at once, never waits
        )
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} did not finish within {GIT_TIMEOUT:.0f} s") from None
    except OSError as exc:
        raise GitError(f"git could not be run ({exc.strerror or exc})") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return done.stdout


def work_tree_of(path: str | os.PathLike[str]) -> Path | None:
    """Return the top folder of the git work tree holding ``path`` (a file or folder), or None."""
    resolved = Path(path).resolve()
    folder = resolved if resolved.is_dir() else resolved.parent
    if git_executable() is None or not folder.is_dir():
        return None
    try:
        out = run_git(["rev-parse", "--is-inside-work-tree", "--show-toplevel"], cwd=folder)
    except GitError:
        return None
    lines = out.decode("utf-8", "replace").splitlines()
    if len(lines) < 2 or lines[0].strip() != "true":
        return None
    return Path(lines[1].strip())


def committed_bytes(path: str | os.PathLike[str], revision: str = "HEAD") -> bytes:
    """Return the bytes of ``path`` as ``revision`` (the last commit) holds it.

    Raises GitError in words: git missing, not in a work tree, no commit yet, or the file not
    in that commit (a new file).
    """
    target = Path(path).resolve()
    if git_executable() is None:
        raise GitError("git is not installed (or not on the PATH), so there is no last commit")
    if work_tree_of(target) is None:
        raise GitError(f"{target.name} is not in a git work tree")
    try:
        run_git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], cwd=target.parent)
    except GitError:
        raise GitError("the repository has no commit yet") from None
    try:
        return run_git(["show", f"{revision}:./{target.name}"], cwd=target.parent)
    except GitError:
        raise GitError(f"{target.name} is not in the last commit (a new file?)") from None
