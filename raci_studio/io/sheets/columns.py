"""Column statistics and the pickers layout detection uses: which column holds what.

Pure functions over :class:`~raci_studio.io.sheets.cells.Cells`; indexes are 0-based.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from raci_studio.io.sheets.cells import Cells, Kind, clean_name

#: How many rows below a candidate header are looked at to classify columns.
WINDOW = 400
#: How many leading rows may hold the header (title rows, notes above it).
HEADER_SEARCH = 60
#: How many rows with several filled cells are tried as the header (title blocks are short).
HEADER_CANDIDATES = 20
#: This many blank rows in a row end the grid.
BLANK_STOP = 3

ACTIVITY_WORDS = re.compile(
    r"activit|actividad|atividade|attivit|task|aufgabe|t[äa]tigkeit|prozess|process|"
    r"deliverable|action|step name|work ?package|^name$|name$|item|milestone|schritt|vorgang|"
    r"t[âa]che|sous-lot|tarea|tarefa|compito|taak|activiteit|задач|деятельност|работ",
    re.IGNORECASE,
)
ID_WORDS = re.compile(r"(^|\W|_)(id|#|no\.?|nr\.?|num(ber)?|wbs|ref|step)(\W|_|$)", re.I)
PHASE_WORDS = re.compile(
    r"phase|stage|group|category|area|workstream|stream|section|bereich|kategorie|stufe|gruppe|"
    r"fase|[ée]tape|etapa|^lots?$|bloque|groupe|grupo|gruppo|categor|этап|фаза",
    re.IGNORECASE,
)
ROLE_WORDS = re.compile(
    r"role|rolle|person|who|owner|stakeholder|team|function|resource|member|assignee", re.I
)
LETTER_WORDS = re.compile(r"raci|rasci|letter|code|responsibility|assignment|type", re.I)
HUMAN_WORDS = re.compile(r"name|title|label|bezeichnung|titel", re.I)
NOT_ROLE = re.compile(
    r"^(notes?|comments?|remarks?|description|status|check|bemerkung(en)?|kommentar|"
    r"hinweis|details?|due|date|deadline|priority|prioridad|estado|priorit[äàé]t?|statut)$|"
    r"^(hours?|h|weeks?|wks?|days?|effort|estimate|cost|budget|totals?|sum|stunden|wochen|tage|"
    r"aufwand|summe|gesamt|kosten|heures?|jours|charges?|semaines|co[uû]ts?|horas|semanas|"
    r"d[ií]as|costos?|custos?|ore|settimane|giorni|uren|weken|dagen|часы|недел|дни|итого)\b",
    re.IGNORECASE,
)
#: A row of totals below the grid (its label, when it has one).
TOTAL_ROW = re.compile(
    r"^(totals?|sum|summe|gesamt|totaal|totale|итого|σ|∑|count|anzahl|nombre)\b", re.I
)
PLACEHOLDER = re.compile(r"^(\[.*\]|<.*>|\{.*\}|column ?\d+|spalte ?\d+)$", re.IGNORECASE)
#: Headers of the columns people keep between the activity names and the roles (dates,
#: inputs and outputs, links, progress); whole words, so "Frontend Lead" is still a role.
BESIDE_NAMES = re.compile(
    r"\b(dates?|due|deadlines?|start|end|finish|duration|outputs?|inputs?|dependenc(y|ies)|"
    r"links?|urls?|tools?|frequency|comments?|notes?|remarks?|artefacts?|artifacts?|evidence|"
    r"documents?|done|progress|complete|results?|status|description|beschreibung|ergebnis(se)?|"
    r"termin|frist|datum|notizen|dur[ée]e|r[ée]sultat|fecha|resultado|entrada|salida)\b|%",
    re.IGNORECASE,
)
LEGEND = re.compile(
    r"^(legend|legende|key|raci key|raci legend|definitions?|abbreviations?|"
    r"abkürzungen|erläuterung|explanation)\b",
    re.IGNORECASE,
)


@dataclass
class ColumnStats:
    """Counts of cell kinds in one column over a window of rows."""

    counts: dict[Kind, int] = field(default_factory=dict)
    distinct: set[str] = field(default_factory=set)

    def n(self, *kinds: Kind) -> int:
        """Return how many cells are of one of ``kinds``."""
        return sum(self.counts.get(k, 0) for k in kinds)

    @property
    def filled(self) -> int:
        """Return how many cells are not empty."""
        return sum(v for k, v in self.counts.items() if k != Kind.EMPTY)

    @property
    def letterish(self) -> float:
        """Return the share of filled cells that are letters, none markers or short marks."""
        filled = self.filled
        return self.n(Kind.LETTERS, Kind.NONE, Kind.MARK) / filled if filled else 0.0


def header_text(cells: Cells, header: int, col: int) -> str | None:
    """Return a column's header: its cell in the header row, or the text just above it.

    A header merged down two rows ("Activity" over an empty cell) keeps its text in the
    upper row only.
    """
    text = cells.value(header, col)
    if text is None and header > 0 and cells.kind(header - 1, col) in (Kind.TEXT, Kind.MARK):
        return cells.value(header - 1, col)
    return text


def is_placeholder(text: str) -> bool:
    """Return True for template text such as "[Name of person]" or Excel's "Column3"."""
    return bool(PLACEHOLDER.match(text))


def unique_names(headers: Sequence[str | None], fallback: str = "Role") -> list[str]:
    """Return cleaned header names made unique: "Role", "Role (2)", … (case-insensitive).

    Empty and placeholder headers ("[Name of person or department]", "Column3") become
    ``fallback``.
    """
    seen: set[str] = set()
    result = []
    for header in headers:
        base = clean_name(header)[:180]
        if not base or is_placeholder(base):
            base = fallback
        name, n = base, 1
        while name.casefold() in seen:
            n += 1
            name = f"{base} ({n})"
        seen.add(name.casefold())
        result.append(name)
    return result


def data_window(cells: Cells, header: int) -> range:
    """Return the rows under ``header`` to classify: up to a blank run or a legend."""
    start = header + 1
    while start < cells.height and cells.is_blank(start):
        start += 1
    end, blanks = start, 0
    while end < min(cells.height, start + WINDOW):
        if cells.is_blank(end):
            blanks += 1
            if blanks >= BLANK_STOP:
                return range(start, end - blanks + 1)
            end += 1
            continue
        first = next((c for c in range(len(cells.rows[end])) if cells.value(end, c)), 0)
        if LEGEND.match(cells.value(end, first) or "") or (
            blanks and cells.kind(end, first) in (Kind.LETTERS, Kind.NONE)
        ):
            return range(start, end - blanks)
        blanks = 0
        end += 1
    return range(start, end - blanks)


def column_stats(cells: Cells, rows: range, col: int) -> ColumnStats:
    """Count the kinds of the cells of ``col`` in ``rows``."""
    stats = ColumnStats()
    counts = stats.counts
    textual = (Kind.TEXT, Kind.MARK, Kind.NUMBER)
    for row in rows:
        kinds = cells.row_kinds(row)
        kind = kinds[col] if col < len(kinds) else Kind.EMPTY
        counts[kind] = counts.get(kind, 0) + 1
        if kind in textual and len(stats.distinct) < 10_000:
            stats.distinct.add(cells.value(row, col) or "")
    return stats


def all_stats(cells: Cells, rows: range) -> list[ColumnStats]:
    """Return the statistics of every column over ``rows``."""
    return [column_stats(cells, rows, c) for c in range(cells.width)]


def text_columns(stats: list[ColumnStats], cols: Sequence[int]) -> list[int]:
    """Return the columns among ``cols`` that hold some text."""
    return [c for c in cols if stats[c].n(Kind.TEXT, Kind.MARK) >= 1]


def pick_activity(
    cells: Cells, header: int, stats: list[ColumnStats], cols: list[int]
) -> int | None:
    """Pick the activity column among ``cols``: a keyword header, else mostly-unique text."""
    texts = text_columns(stats, cols)
    if not texts:
        return None
    most = max(stats[c].n(Kind.TEXT, Kind.MARK) for c in texts)
    full = [c for c in texts if stats[c].n(Kind.TEXT, Kind.MARK) >= 0.5 * most]
    named = [c for c in full if ACTIVITY_WORDS.search(header_text(cells, header, c) or "")]
    named = [c for c in named if not ID_WORDS.search(header_text(cells, header, c) or "")] or named
    if named:
        return named[0]
    unique = [c for c in full if len(stats[c].distinct) >= 0.8 * stats[c].n(Kind.TEXT, Kind.MARK)]
    if unique:  # the most names; the first of equals
        return max(unique, key=lambda c: (stats[c].n(Kind.TEXT, Kind.MARK), -c))
    return max(full, key=lambda c: len(stats[c].distinct))


def pick_id(cells: Cells, header: int, stats: list[ColumnStats], cols: list[int]) -> int | None:
    """Pick a column of step numbers or ids among ``cols`` (the nearest to the names)."""
    for col in reversed(cols):
        st = stats[col]
        numbers = st.n(Kind.NUMBER)
        if numbers and numbers >= 0.6 * st.filled:
            return col
        head = header_text(cells, header, col) or ""
        if st.filled and ID_WORDS.search(head) and not HUMAN_WORDS.search(head):
            return col
    return None


def pick_phase(
    cells: Cells, header: int, stats: list[ColumnStats], cols: list[int], activity: int
) -> int | None:
    """Pick a phase column among ``cols``: a keyword header, or sparse or repeated text."""
    texts = text_columns(stats, cols)
    named = [c for c in texts if PHASE_WORDS.search(header_text(cells, header, c) or "")]
    if named:
        human = [c for c in named if HUMAN_WORDS.search(header_text(cells, header, c) or "")]
        return (human or named)[0]
    names = stats[activity].n(Kind.TEXT, Kind.MARK)
    for col in reversed(texts):
        if col > activity:
            continue
        st = stats[col]
        head = header_text(cells, header, col)
        if NOT_ROLE.search(clean_name(head)):
            continue  # a status or priority column repeats its values but is not a phase
        sparse = 2 <= st.n(Kind.TEXT, Kind.MARK) < 0.8 * names
        if sparse or (not head and len(st.distinct) < 0.5 * names):
            return col
    return None


def pick_named(
    cells: Cells, header: int, stats: list[ColumnStats], cols: Sequence[int], words: re.Pattern[str]
) -> int | None:
    """Pick the column whose header matches ``words``, preferring names over ids."""
    named = [c for c in cols if words.search(header_text(cells, header, c) or "")]
    if not named:
        return None
    human = [c for c in named if not ID_WORDS.search(header_text(cells, header, c) or "")]
    human = [c for c in human if stats[c].n(Kind.TEXT, Kind.MARK)]
    return (human or named)[0]


def role_strength(stats: ColumnStats, head: str | None) -> int:
    """Return 2 for a column of letters, 1 for one with some letters or none yet, else 0."""
    letters = stats.n(Kind.LETTERS, Kind.NONE)
    if letters and stats.letterish >= 0.6:
        return 2
    if letters and stats.letterish >= 0.3:
        return 1  # a role column with a few cells that are not letters (reported later)
    if stats.filled == 0 and head and not NOT_ROLE.match(clean_name(head)):
        return 1  # a role with no letters yet
    return 0


def role_block(cells: Cells, header: int, stats: list[ColumnStats]) -> list[int]:
    """Return the contiguous run of role columns that holds the most letters.

    A run starts at a column of letters and may go on through columns with a few other
    values and named columns with no letters yet.
    """
    blocks: list[list[int]] = []
    current: list[int] = []
    for col, st in enumerate(stats):
        strength = role_strength(st, header_text(cells, header, col))
        if strength == 2 or (strength == 1 and current):
            current.append(col)
            continue
        if current:
            blocks.append(current)
        current = []
    if current:
        blocks.append(current)
    if not blocks:
        return []

    def weight(block: list[int]) -> float:
        return sum(stats[c].n(Kind.LETTERS) + 0.25 * stats[c].n(Kind.NONE) for c in block)

    block = max(blocks, key=weight)
    # a run starts at letters, so roles before the first column of letters join it here
    while block[0] > 0 and leads_the_roles(
        stats[block[0] - 1], header_text(cells, header, block[0] - 1)
    ):
        block.insert(0, block[0] - 1)
    return block


def leads_the_roles(stats: ColumnStats, head: str | None) -> bool:
    """Return True for a column just before the role columns that is a role too.

    Either a role column with a few odd values (they get reported), or an empty one whose
    header names someone: not a description, date, output, id, phase, activity or letter
    column, which stand between the names and the letters in many sheets.
    """
    strength = role_strength(stats, head)
    if stats.n(Kind.LETTERS):
        return strength > 0
    if stats.filled or not strength or head is None or is_number(head):
        return False
    words = (ACTIVITY_WORDS, ID_WORDS, PHASE_WORDS, LETTER_WORDS, BESIDE_NAMES)
    return not any(w.search(head) for w in words)


def is_number(text: str) -> bool:
    """Return True for text that reads as a number ("12", "3.5")."""
    try:
        float(text)
    except ValueError:
        return False
    return True
