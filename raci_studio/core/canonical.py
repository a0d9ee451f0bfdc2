"""Put a project into canonical form, so that equal projects are saved as equal bytes.

Canonical form touches only what has no meaning of its own: diagram positions are keyed in
node-id order, the assignments of each activity are keyed in role-id order, and each cell's
letters are de-duplicated in scheme order with empty cells dropped. Collections (roles,
phases, activities, …) keep the order the user gave them; that order is meaningful and is
never sorted.
"""

from __future__ import annotations

import operator

from raci_studio.core.model import Project
from raci_studio.core.scheme import Scheme, scheme_for


def canonicalize(project: Project) -> None:
    """Put ``project`` into canonical form, in place.

    Parameters
    ----------
    project
        The project to tidy. Letters the scheme does not have are kept, after the known ones
        in alphabetical order, so that nothing is lost; reference checks report them.
    """
    if list(project.layout) != sorted(project.layout):
        project.layout = dict(
            sorted(project.layout.items())
        )  # node ids in order, as edits keep them
    scheme = scheme_for(project.scheme)
    racis = [activity.raci for activity in project.activities]
    # The common case, checked with C-level loops: keys sorted, every cell canonical.
    used = set().union(*map(dict.values, racis))
    normal = {letters: _normalise(scheme, letters) for letters in used}
    tidy = "" not in normal and all(k == v for k, v in normal.items())
    if tidy and all(map(operator.eq, map(list, racis), map(sorted, racis))):
        return
    for activity in project.activities:
        raci = activity.raci
        cells = {role_id: normal[raci[role_id]] for role_id in sorted(raci)}
        cells = {role_id: letters for role_id, letters in cells.items() if letters}
        if list(cells.items()) != list(raci.items()):
            activity.raci = cells


def _normalise(scheme: Scheme, letters: str) -> str:
    """Return ``letters`` in scheme order without repeats, unknown letters last."""
    codes = scheme.codes
    unknown = "".join(sorted(set(letters) - set(codes)))
    return scheme.normalise("".join(c for c in letters if c in codes)) + unknown
