"""Keep the window's translation catalogue current and compile translations.

    python packaging/i18n.py update     write resources/i18n/raci_studio.ts from the source
    python packaging/i18n.py check      exit 1 when that catalogue misses or keeps strings
    python packaging/i18n.py release    compile every resources/i18n/raci_studio_<lang>.ts
    python packaging/i18n.py pseudo     write and compile raci_studio_pseudo (a layout check)

The catalogue holds every ``translate("Context", "…")`` of ``raci_studio/ui`` (found by
``pyside6-lupdate``) and the findings' message templates of ``raci_studio.core.messages``
(context ``Findings``, the message id as disambiguation), which lupdate cannot see. Messages
with ``%n`` are marked as plurals, since lupdate only does so for ``tr()``. A translator copies
the catalogue to ``raci_studio_<lang>.ts``, translates it in Qt Linguist, and ``release``
compiles it; the app loads it for that language.

English needs a catalogue of its own for plurals: without one Qt shows "1 activities". ``update``
keeps ``raci_studio_en.ts`` with the singular and plural of every ``%n`` message (guessing the
forms of new ones, which a person then reads: the command lists them) and compiles it.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "raci_studio" / "ui"
I18N = ROOT / "resources" / "i18n"
CATALOGUE = I18N / "raci_studio.ts"
ENGLISH = I18N / "raci_studio_en.ts"
FINDINGS_CONTEXT = "Findings"

Key = tuple[str, str, str]  # context, source, disambiguation


def tool(name: str) -> str:
    """Return the path of a Qt tool shipped with PySide6 (``lupdate``, ``lrelease``)."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found: install PySide6 into this environment")
    return found


def extract(target: Path, folder: Path = UI) -> None:
    """Write a fresh catalogue of the Python modules under ``folder`` to ``target``."""
    sources = sorted(str(p) for p in folder.rglob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.txt"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        raw = Path(scratch) / "raw.ts"
        subprocess.run(
            [tool("lupdate"), "-locations", "none", "-source-language", "en",
             "-no-obsolete", f"@{listing}", "-ts", str(raw)],
            check=True, capture_output=True,
        )  # fmt: skip
        tree = ET.parse(raw)
    root = tree.getroot()
    _mark_plurals(root)
    _add_findings(root)
    _sort(root)
    _write(tree, target)


def _write(tree: ET.ElementTree, target: Path) -> None:
    """Write a ``.ts`` file as lupdate does: declaration, doctype, four-space indents."""
    ET.indent(tree, space="    ")
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


_OPTIONAL_PLURAL = re.compile(r"(\w*?)(y?)\((s|es|ies)\)")
_IRREGULAR = {"are": "is", "have": "has", "were": "was", "these": "this", "them": "it"}


def _singular_word(word: str) -> str:
    for ending, replacement in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")):
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def english_forms(source: str) -> tuple[str, str]:
    """Guess the singular and plural of a ``%n`` message: ``"%n role(s)"``, ``"%n roles"``."""
    if _OPTIONAL_PLURAL.search(source):
        singular = _OPTIONAL_PLURAL.sub(lambda m: m.group(1) + m.group(2), source)
        plural = _OPTIONAL_PLURAL.sub(
            lambda m: m.group(1) + ("ies" if m.group(3) == "ies" else m.group(2) + m.group(3)),
            source,
        )
        return singular, plural
    head, _, tail = source.partition("%n")
    words = tail.split(" ")
    for index, word in enumerate(words[:3]):  # the noun right after %n, or after one adjective
        bare = word.rstrip(".,:;)")
        if bare in {"of", "in", "on", "for", "from", "to", "with", "out"}:
            break
        if index and bare.endswith("s") and bare.isalpha():
            words[index] = _singular_word(bare) + word[len(bare) :]
            break
    words = [_IRREGULAR.get(w, w) for w in words]
    return head + "%n" + " ".join(words), source


def update_english(catalogue: Path = CATALOGUE, target: Path = ENGLISH) -> list[str]:
    """Write the English plural forms of every ``%n`` message; return the guessed ones.

    Forms already in ``target`` are kept (a person may have corrected a guess).
    """
    known: dict[Key, list[str]] = {}
    if target.is_file():
        for context in ET.parse(target).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                known[key] = [form.text or "" for form in message.iter("numerusform")]
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    guessed: list[str] = []
    for source_context in ET.parse(catalogue).getroot().iter("context"):
        name = source_context.findtext("name") or ""
        plurals = [m for m in source_context.iter("message") if m.get("numerus") == "yes"]
        if not plurals:
            continue
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for plural in plurals:
            source, comment = plural.findtext("source") or "", plural.findtext("comment") or ""
            forms = known.get((name, source, comment))
            if not forms or len(forms) != 2:
                forms = list(english_forms(source))
                guessed.append(f"[{name}] {forms[0]!r} / {forms[1]!r}")
            message = ET.SubElement(context, "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            translation = ET.SubElement(message, "translation")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
    _write(ET.ElementTree(root), target)
    return guessed


def _mark_plurals(root: ET.Element) -> None:
    """Give every ``%n`` message plural forms, as lupdate does for ``tr()`` only."""
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        if "%n" in source and message.get("numerus") != "yes":
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is not None and not list(translation):
                ET.SubElement(translation, "numerusform")


def _add_findings(root: ET.Element) -> None:
    """Add the findings' templates from core's one catalogue of messages."""
    try:
        messages = importlib.import_module("raci_studio.core.messages")
    except ModuleNotFoundError:
        return
    templates: dict[str, str] = getattr(messages, "MESSAGES", {})
    if not templates:
        return
    context = next(
        (c for c in root.iter("context") if c.findtext("name") == FINDINGS_CONTEXT), None
    )  # the findings panel's own words share the context
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = FINDINGS_CONTEXT
    for key, template in sorted(templates.items()):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = template
        ET.SubElement(message, "comment").text = key
        translation = ET.SubElement(message, "translation", type="unfinished")
        if "%n" in template:
            message.set("numerus", "yes")
            ET.SubElement(translation, "numerusform")


def _sort(root: ET.Element) -> None:
    """Contexts by name, messages by text: the file changes only where the words do."""
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in contexts:
        root.remove(context)
        messages = sorted(
            context.findall("message"),
            key=lambda m: (m.findtext("source") or "", m.findtext("comment") or ""),
        )
        for message in messages:
            context.remove(message)
            context.append(message)
    root.extend(contexts)


def source_keys(folder: Path = UI) -> set[Key]:
    """Every literal ``translate``/``QT_TRANSLATE_NOOP`` of the source, read by Python itself.

    The check compares it with what lupdate found, since lupdate silently skips calls it
    cannot parse (a count written as ``len(x)``, for one).
    """
    found: set[Key] = set()
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not _is_translate(node.func):
                continue
            texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:3]]
            if len(texts) >= 2 and isinstance(texts[0], str) and isinstance(texts[1], str):
                comment = texts[2] if len(texts) == 3 and isinstance(texts[2], str) else ""
                found.add((texts[0], texts[1], comment))
    return found


def _is_translate(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in {"translate", "QT_TRANSLATE_NOOP"}
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    )


def keys(path: Path) -> set[Key]:
    """Return every (context, source, disambiguation) of a ``.ts`` file."""
    found: set[Key] = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def check() -> int:
    """Compare the committed catalogue with the source; print what differs."""
    if not CATALOGUE.is_file():
        print(f"{CATALOGUE.relative_to(ROOT)} is missing: run python packaging/i18n.py update")
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.ts"
        extract(fresh)
        now, committed = keys(fresh), keys(CATALOGUE)
    unread = source_keys() - now
    for context, source, comment in sorted(unread):
        print(f"lupdate cannot read the call of [{context}] {source!r} {comment}".rstrip())
    if unread:
        return 1
    for context, source, comment in sorted(now - committed):
        print(f"missing from the catalogue: [{context}] {source!r} {comment}".rstrip())
    for context, source, comment in sorted(committed - now):
        print(f"no longer in the source: [{context}] {source!r} {comment}".rstrip())
    if now != committed:
        print("run python packaging/i18n.py update")
        return 1
    return check_english()


def check_english() -> int:
    """The English plural catalogue covers every ``%n`` message and its ``.qm`` is compiled."""
    plurals = {k for k in _numerus_keys(CATALOGUE)}
    english = keys(ENGLISH) if ENGLISH.is_file() else set()
    if plurals != english:
        for context, source, _comment in sorted(plurals - english):
            print(f"no English plural forms for [{context}] {source!r}")
        print("run python packaging/i18n.py update")
        return 1
    compiled = ENGLISH.with_suffix(".qm")
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ENGLISH.name
        fresh.write_bytes(ENGLISH.read_bytes())
        (fresh_qm,) = release([fresh])
        if not compiled.is_file() or compiled.read_bytes() != fresh_qm.read_bytes():
            print(f"{compiled.relative_to(ROOT)} is stale: run python packaging/i18n.py release")
            return 1
    return 0


def _numerus_keys(path: Path) -> set[Key]:
    found: set[Key] = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                comment = message.findtext("comment") or ""
                found.add((name, message.findtext("source") or "", comment))
    return found


def release(sources: list[Path]) -> list[Path]:
    """Compile ``.ts`` translations to ``.qm`` beside them; return the compiled files."""
    compiled = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        compiled.append(qm)
    return compiled


def translations() -> list[Path]:
    """Every language's ``.ts`` (the catalogue itself has no language and is skipped)."""
    return sorted(p for p in I18N.glob("raci_studio_*.ts") if p.stem != "raci_studio_pseudo")


def write_pseudo(catalogue: Path, target: Path) -> None:
    """Write a translation of ``catalogue`` where every text is pseudo-translated."""
    sys.path.insert(0, str(ROOT))
    from raci_studio.ui.i18n import pseudo_text

    tree = ET.parse(catalogue)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        forms = list(translation)
        if forms:
            for form in forms:
                form.text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def main(argv: list[str]) -> int:
    """Run one of the commands above."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["update", "check", "release", "pseudo"])
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.command == "update":
        extract(CATALOGUE)
        print(f"wrote {CATALOGUE.relative_to(ROOT)}: {len(keys(CATALOGUE))} messages")
        guessed = update_english()
        release([ENGLISH])
        print(f"wrote {ENGLISH.relative_to(ROOT)} and its .qm")
        for line in guessed:
            print(f"English plural guessed, read it: {line}")
        return 0
    if args.command == "check":
        return check()
    if args.command == "release":
        for qm in release(translations()):
            print(f"wrote {qm.relative_to(ROOT)}")
        return 0
    pseudo = I18N / "raci_studio_pseudo.ts"
    write_pseudo(CATALOGUE, pseudo)
    for qm in release([pseudo]):
        print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
