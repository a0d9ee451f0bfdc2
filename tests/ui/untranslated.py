"""Find the window's words that do not go through ``translate`` (see ``raci_studio/ui/i18n.py``).

A string literal in ``raci_studio/ui`` that reads like words a person sees (a letter and a
space, or a capital first letter, or an ``&`` mnemonic) must sit inside a
``translate("Context", "…")`` or ``QT_TRANSLATE_NOOP("Context", "…")`` call, whose context and
text are literals passed by position (``pyside6-lupdate`` sees nothing else). Literals that are
never shown — style sheets, shortcuts, settings keys, object names, docstrings, exceptions for
programmers — are skipped; any other line says why with the comment ``# i18n: not shown``.

Run ``python tests/ui/untranslated.py [FILE|FOLDER…]`` for a list with line numbers.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

UI_ROOT = Path(__file__).resolve().parents[2] / "raci_studio" / "ui"
TRANSLATE_CALLS = frozenset({"translate", "QT_TRANSLATE_NOOP"})
#: Calls whose string arguments are never shown to a person.
NOT_SHOWN_CALLS = frozenset(
    {
        "setStyleSheet",
        "setObjectName",
        "objectName",
        "findChild",
        "findChildren",
        "QKeySequence",
        "fromString",
        "setShortcut",
        "setShortcuts",
        "QSettings",
        "value",
        "setValue",
        "contains",
        "beginGroup",
        "getattr",
        "setattr",
        "hasattr",
        "isinstance",
        "Path",
        "open",
        "compile",
        "match",
        "fullmatch",
        "search",
        "sub",
        "fromTheme",
        "hasThemeIcon",
        "QColor",
        "fromRgb",
        "QFont",
        "setFamily",
        "setFamilies",
        "Signal",
        "Slot",
        "Property",
        "setProperty",
        "property",
        "run_git",
        "run",
        "startswith",
        "endswith",
        "split",
        "join",
        "replace",
        "encode",
        "decode",
        "strftime",
        "strptime",
        "toString",
        "fromisoformat",
        "TypeVar",
        "cast",
        "NewType",
        "warn",
        "filterwarnings",
        "mimeData",
        "hasFormat",
        "setData",
        "data",
        "format_exc",
        "getLogger",
        "debug",
        "exception",
        "create",
        "get",
        "pop",
        "setdefault",
        "getenv",
    }
)
PRAGMA = "# i18n: not shown"
_WORDS = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Miss:
    """One literal that should be translated, or one translate call lupdate cannot read."""

    path: Path
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def reads_as_words(text: str) -> bool:
    """True for a literal a person would read: ``"Save"``, ``"&File"``, ``"3 roles"``."""
    stripped = text.strip()
    if len(stripped) < 2 or not _WORDS.search(stripped):
        return False  # a letter alone is notation (R, A, C, I), not a word
    return " " in stripped or stripped[:1].isupper() or "&" in stripped


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _docstrings(tree: ast.AST) -> set[int]:
    """Return the ids of the nodes that are docstrings."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _is_translate(node: ast.Call) -> bool:
    """True for ``translate(…)``, ``QT_TRANSLATE_NOOP(…)`` and ``QCoreApplication.translate(…)``."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in TRANSLATE_CALLS
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    )


def _check_translate_call(path: Path, node: ast.Call) -> list[Miss]:
    """A translate call lupdate can read: literal context and text, all by position."""
    name = _call_name(node)
    problems = []
    literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]]
    if len(node.args) < 2 or not all(literal):
        problems.append("context and text must be string literals")
    if node.keywords:
        problems.append("pass every argument by position")
    if len(node.args) == 4 and not isinstance(node.args[3], ast.Name | ast.Constant):
        problems.append("put the count in a plain name first (lupdate skips the call)")
    if len(node.args) >= 3 and not isinstance(node.args[2], ast.Constant):
        problems.append("the disambiguation must be a literal or None")
    if name == "QT_TRANSLATE_NOOP" and len(node.args) != 2:
        problems.append("QT_TRANSLATE_NOOP takes a context and a text")
    return [Miss(path, node.lineno, ast.unparse(node)[:80], why) for why in problems]


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, source: str, tree: ast.AST) -> None:
        self.path = path
        self.lines = source.splitlines()
        self.docstrings = _docstrings(tree)
        self.stack: list[ast.AST] = []
        self.misses: list[Miss] = []

    def generic_visit(self, node: ast.AST) -> None:
        self.stack.append(node)
        super().generic_visit(node)
        self.stack.pop()

    def visit_Call(self, node: ast.Call) -> None:
        if _is_translate(node):
            self.misses.extend(_check_translate_call(self.path, node))
            return  # its literals are the catalogue's
        if _call_name(node) in NOT_SHOWN_CALLS:
            return
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        return  # messages for programmers and logs

    def visit_Assert(self, node: ast.Assert) -> None:
        return

    def visit_Compare(self, node: ast.Compare) -> None:
        return  # comparing with a literal shows nothing

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)  # the key is a key, not a word shown

    def visit_Dict(self, node: ast.Dict) -> None:
        for value in node.values:
            self.visit(value)

    def visit_Constant(self, node: ast.Constant) -> None:
        if not isinstance(node.value, str) or id(node) in self.docstrings:
            return
        if not reads_as_words(node.value) or self._pragma(node):
            return
        self.misses.append(Miss(self.path, node.lineno, node.value, "not translated"))

    def _pragma(self, node: ast.AST) -> bool:
        """True when the literal's line or its statement's first line says it is not shown."""
        lines = {node.lineno}
        statement = next((n for n in reversed(self.stack) if isinstance(n, ast.stmt)), None)
        if statement is not None:
            lines.add(statement.lineno)
        return any(PRAGMA in self.lines[n - 1] for n in lines if 0 < n <= len(self.lines))


def scan_file(path: Path) -> list[Miss]:
    """Return what ``path`` shows without translating, and translate calls lupdate misses."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    scanner = _Scanner(path, source, tree)
    scanner.visit(tree)
    return scanner.misses


def ui_files(root: Path = UI_ROOT) -> list[Path]:
    """Every Python module of the window but the translate function's own, in a stable order."""
    return sorted(p for p in root.rglob("*.py") if p.name != "i18n.py")


def main(argv: list[str]) -> int:
    """Print every miss under the given files or folders (default: all of ``ui/``)."""
    paths: list[Path] = []
    for name in argv or [str(UI_ROOT)]:
        path = Path(name)
        paths.extend(ui_files(path) if path.is_dir() else [path])
    misses = [miss for path in paths for miss in scan_file(path)]
    for miss in misses:
        print(miss)
    print(f"{len(misses)} to translate in {len(paths)} files", file=sys.stderr)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
