"""Every word the window shows goes through ``translate``, in calls ``pyside6-lupdate`` can read."""

from __future__ import annotations

import pytest

from tests.ui.untranslated import UI_ROOT, reads_as_words, scan_file, ui_files

#: Modules whose words are not yet wrapped; each is removed from here once it is.
PENDING = frozenset({})


def _name(path):
    return path.relative_to(UI_ROOT).as_posix()


@pytest.mark.parametrize("path", [p for p in ui_files() if _name(p) not in PENDING], ids=_name)
def test_every_shown_string_is_translated(path):
    misses = scan_file(path)
    assert not misses, "\n".join(str(m) for m in misses)


def test_pending_modules_exist():
    names = {_name(p) for p in ui_files()}
    assert names >= PENDING, sorted(PENDING - names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Save", True),
        ("&File", True),
        ("3 roles", True),
        ("grid/state", False),
        ("R", False),
        ("%Y-%m-%d", False),
        ("", False),
        ("…", False),
    ],
)
def test_what_reads_as_words(text, words):
    assert reads_as_words(text) is words


def test_scanner_catches_literals_and_unreadable_calls(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        "from raci_studio.ui.i18n import translate\n"
        "def build(label, n):\n"
        '    label.setText("Not wrapped")\n'
        '    label.setText(translate("Box", "Wrapped"))\n'
        '    label.setText(translate("Box", "%n rows", n=n))\n'
        '    label.setStyleSheet("QLabel { color: red }")\n'
        '    label.setToolTip("Shown elsewhere")  # i18n: not shown\n'
        '    label.setText(f"Total {n}")\n'
        '    label.setText(translate("Box", "%n cells", None, len(n)))\n'
    )
    misses = scan_file(module)
    assert [(m.line, m.why) for m in misses] == [
        (3, "not translated"),
        (5, "pass every argument by position"),
        (8, "not translated"),
        (9, "put the count in a plain name first (lupdate skips the call)"),
    ]
