"""What the PM writes into a retrospective: summary, findings, contributing factors, lessons.

Lists are addressed by name (``"findings"``, ``"contributing_factors"``, ``"lessons"``) and
rows by id; each builder returns one undo step, or None when nothing would change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from raci_studio.core.edits import Batch, Edit, EditError, InsertItem, RemoveItem, UpdateFields
from raci_studio.core.edits import find as find_item
from raci_studio.core.ids import unique_id
from raci_studio.core.model import Lesson, Note, Project

#: List name -> (singular noun, id fallback).
RETRO_LISTS: dict[str, tuple[str, str]] = {
    "findings": ("finding", "finding"),
    "contributing_factors": ("contributing factor", "factor"),
    "lessons": ("lesson", "lesson"),
}


def _list(project: Project, name: str) -> Sequence[Note | Lesson]:
    if name not in RETRO_LISTS:
        raise EditError(f"a retrospective has no list '{name}'")
    items: Sequence[Note | Lesson] = getattr(project.retrospective, name)
    return items


def _words(text: str, count: int = 6) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def set_summary(project: Project, text: str) -> Edit | None:
    """Set the retrospective's summary paragraph."""
    if project.retrospective.summary == text:
        return None
    return UpdateFields(("retrospective",), {"summary": text}, "Edit the retrospective summary")


def add_entry(project: Project, name: str, text: str, criterion: str = "") -> Edit:
    """Append a finding, contributing factor or lesson (a lesson may carry its criterion)."""
    items = _list(project, name)
    text = text.strip()
    if not text:
        raise EditError(f"a {RETRO_LISTS[name][0]} needs some text")
    ident = unique_id(_words(text, 5), {item.id for item in items}, RETRO_LISTS[name][1])
    entry: Note | Lesson
    if name == "lessons":
        entry = Lesson(id=ident, text=text, criterion=criterion.strip())
    elif criterion:
        raise EditError("only a lesson carries a go/no-go criterion")
    else:
        entry = Note(id=ident, text=text)
    label = f"Add {RETRO_LISTS[name][0]} '{_words(text)}'"
    return InsertItem(("retrospective", name), len(items), entry, label)


def edit_entry(
    project: Project,
    name: str,
    entry_id: str,
    text: str | None = None,
    criterion: str | None = None,
) -> Edit | None:
    """Change the text (and, for a lesson, the criterion) of an entry."""
    entries: Sequence[Note | Lesson] = _list(project, name)
    entry = find_item(entries, entry_id, RETRO_LISTS[name][0])
    fields: dict[str, str] = {}
    if text is not None and text.strip() != entry.text:
        if not text.strip():
            raise EditError(f"a {RETRO_LISTS[name][0]} needs some text")
        fields["text"] = text.strip()
    if criterion is not None:
        if not isinstance(entry, Lesson):
            raise EditError("only a lesson carries a go/no-go criterion")
        if criterion.strip() != entry.criterion:
            fields["criterion"] = criterion.strip()
    if not fields:
        return None
    label = f"Edit {RETRO_LISTS[name][0]} '{_words(entry.text)}'"
    return UpdateFields(("retrospective", name, entry_id), fields, label)


def remove_entries(project: Project, name: str, entry_ids: Iterable[str]) -> Edit | None:
    """Remove entries from one of the retrospective's lists."""
    ids = list(dict.fromkeys(entry_ids))
    for ident in ids:
        find_item(_list(project, name), ident, RETRO_LISTS[name][0])
    if not ids:
        return None
    noun = RETRO_LISTS[name][0]
    label = f"Delete {noun}" if len(ids) == 1 else f"Delete {len(ids)} {name.replace('_', ' ')}"
    return Batch(tuple(RemoveItem(("retrospective", name), i) for i in ids), label)
