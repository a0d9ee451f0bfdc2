"""English plural forms for the window's ``%n`` texts while the English catalogue is not built.

The source texts say ``%n row(s)``, ``%n activity(ies)``; Qt picks a catalogue's plural form
by ``n``, and ``resources/i18n/raci_studio_en.qm`` holds the English ones once
``packaging/i18n.py update`` has written it. Tests that read a counted text install this
translator (the ``plural_forms`` fixture) so that they check the count reaches Qt as ``n``
and the right form is shown, with or without that catalogue.
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


class OptionalPlurals(QTranslator):
    """Translate every counted text into its English form; leave the others as they are."""

    def translate(self, context, source, disambiguation=None, n=-1):
        """Return the plural form of ``source`` for ``n`` (the source itself without one)."""
        return source if n < 0 else english_form(source, n)

    def isEmpty(self):  # Qt's name
        """Always has something to say."""
        return False


@pytest.fixture
def plural_forms(qapp):
    """Install :class:`OptionalPlurals` for one test."""
    translator = OptionalPlurals()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
