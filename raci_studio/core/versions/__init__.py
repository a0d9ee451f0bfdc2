"""Versions of a project side by side: the semantic diff and the three-way merge.

Both work on the project as a JSON tree (:mod:`~raci_studio.core.versions.tree`), matching
items by id, so a rename is a rename and an edit to one activity never touches another:

- :mod:`~raci_studio.core.versions.diff` lists what changed in words, one fact a line, and
  renders a project as stable one-fact-per-line text for ``git diff``;
- :mod:`~raci_studio.core.versions.merge` merges two sides' changes to a common base and lists
  what it cannot decide as :class:`~raci_studio.core.model.Conflict` entries of the project.
"""
