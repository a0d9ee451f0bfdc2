"""English plural forms for the window's ``%n`` texts, as an English catalogue gives them.

The source texts say ``%n row(s)``, ``%n activity(ies)``: Qt picks a catalogue's plural form
by ``n``. Tests that read such a text install this translator (the ``english_plurals``
fixture) to check that the count reaches Qt as ``n`` and the right form is shown.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator

_OPTIONAL = re.compile(r"\((?:s|ies)\)")


def english_form(source: str, n: int) -> str:
    """Return the English singular or plural of a ``(s)`` / ``(ies)`` text for ``n``."""
    if n == 1:
        return _OPTIONAL.sub("", source)
    return source.replace("y(ies)", "ies").replace("(s)", "s")


class EnglishPlurals(QTranslator):
    """Translate every counted text into its English form; leave the others as they are."""

    def translate(self, context, source, disambiguation=None, n=-1):
        """Return the plural form of ``source`` for ``n`` (the source itself without one)."""
        return source if n < 0 else english_form(source, n)

    def isEmpty(self):  # Qt's name
        """Always has something to say."""
        return False


@pytest.fixture
def english_plurals(qapp):
    """Install :class:`EnglishPlurals` for one test."""
    translator = EnglishPlurals()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
