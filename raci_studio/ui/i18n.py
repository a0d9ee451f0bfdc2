"""The window's words in the reader's language: one translate function and the catalogues.

Every user-visible string in ``ui/`` goes through :func:`translate` with a literal context and
a literal text, so that ``pyside6-lupdate`` finds it (``python packaging/i18n.py update``
writes the catalogue ``resources/i18n/raci_studio.ts``). Plurals use Qt's ``%n``:
``translate("Grid", "%n activities", None, count)``. Placeholders are ``str.format`` names
(``translate("Files", "Could not open {name}").format(name=...)``) so a translator may move
them. ``self.tr`` is not used: PySide6 takes the context from the object's *runtime* class,
so a subclass would miss its base class's translations.

At start the app installs, for the first of the user's UI languages that has one, our
catalogue ``raci_studio_<lang>.qm`` and Qt's own ``qtbase_<lang>.qm`` (the words of standard
dialogs and buttons). ``RACI_STUDIO_LANGUAGE`` overrides the system locale, e.g. ``de`` or
``pseudo`` (a check that every string is translated and has room to grow).
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: The environment variable that picks a language instead of the system's.
LANGUAGE_VARIABLE = "RACI_STUDIO_LANGUAGE"
#: Our catalogues are named ``raci_studio_<lang>.qm``.
CATALOGUE_PREFIX = "raci_studio_"
#: The source language, whose catalogue holds only plural forms.
ENGLISH = "en"
#: The language name that turns on the pseudo translation.
PSEUDO = "pseudo"
#: How much longer a pseudo-translated text is: translations run about 30 % longer than English.
PSEUDO_GROWTH = 0.3
#: Pieces a translation keeps as they are: placeholders, Qt's %n, HTML tags and entities,
#: mnemonics (so that Alt+letter stays the same).
_KEPT = re.compile(r"\{[^{}]*\}|%n|%\d|<[^<>]*>|&[a-zA-Z]+;|&&|&.", re.DOTALL)
_ACCENTED = str.maketrans("AaCcEeIiNnOoUuYySsZz", "ÅåÇçÉéÎîÑñÖöÛûÝýŠšŽž")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` in the user's language; ``%n`` becomes ``n`` (in its plural form).

    Pass every argument by position: ``pyside6-lupdate`` does not see keyword calls.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def translate_catalogued(context: str, text: str, key: str) -> str:
    """Translate a text that comes from a catalogue outside the window (core's messages).

    ``packaging/i18n.py`` adds such catalogues to the ``.ts`` file under ``context``, each
    text with its ``key`` as the disambiguation, since lupdate cannot see them.
    """
    return QCoreApplication.translate(context, text, key)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for the catalogue where it is defined; translate it where it is shown."""
    return text


def pseudo_text(text: str) -> str:
    """Return ``text`` pseudo-translated: accented, 30 % longer, between ``[~`` and ``~]``.

    A window in the pseudo language shows at once which words bypass the catalogue (they
    stay plain) and which layouts clip a longer translation (the closing ``~]`` is cut).
    """
    if not text.strip():
        return text
    pieces: list[str] = []
    position = 0
    for kept in _KEPT.finditer(text):
        pieces.append(text[position : kept.start()].translate(_ACCENTED))
        pieces.append(kept.group())
        position = kept.end()
    pieces.append(text[position:].translate(_ACCENTED))
    visible = len(_KEPT.sub("", text))
    padding = "·" * max(1, math.ceil(visible * PSEUDO_GROWTH) - 4)
    return f"[~{''.join(pieces)}{padding}~]"


class PseudoTranslator(QTranslator):
    """Translate every text of every context with :func:`pseudo_text` (no catalogue needed)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Return the pseudo translation of ``source``."""
        return pseudo_text(source)

    def isEmpty(self) -> bool:  # Qt's name
        """A pseudo translator always has something to say."""
        return False


def catalogue_dir() -> Path:
    """Return the folder of our ``.qm`` catalogues (``resources/i18n``)."""
    from raci_studio.ui.resources import resource_path

    return resource_path("i18n")


def ui_languages(locale: QLocale | None = None) -> list[str]:
    """Return the languages to try, most wanted first (``de_CH``, ``de``, …)."""
    forced = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    if forced:
        return [forced]
    names: list[str] = []
    for name in (locale or QLocale.system()).uiLanguages():
        parts = name.split("-")  # e.g. de-Latn-CH: language, script, territory
        territory = [f"{parts[0]}_{parts[-1]}"] if len(parts) > 1 else []
        for candidate in ("_".join(parts), *territory, parts[0]):
            if candidate and candidate not in names:
                names.append(candidate)
    return names


def install_translators(
    app: QCoreApplication, folder: Path | None = None, locale: QLocale | None = None
) -> list[QTranslator]:
    """Install our catalogues and Qt's own for the user's language; return what was installed.

    The English catalogue goes first whatever the language: it holds the singular and plural
    of every ``%n`` text (without it Qt writes "1 activities"), and a language installed after
    it is asked first. Languages without a catalogue show the English source words.
    """
    folder = folder or catalogue_dir()
    installed = install_english(app, folder)
    languages = ui_languages(locale)
    if languages == [PSEUDO]:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        return [*installed, pseudo]
    for language in languages:
        if language == ENGLISH:
            break  # the source language: installed above
        ours = folder / f"{CATALOGUE_PREFIX}{language}.qm"
        if not ours.is_file():
            continue
        installed.append(_install(app, ours))
        qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        qt_file = qt_own / f"qtbase_{language}.qm"
        if qt_file.is_file():
            installed.append(_install(app, qt_file))
        break
    return installed


def install_english(app: QCoreApplication, folder: Path | None = None) -> list[QTranslator]:
    """Install the English plural forms, when the catalogue is there; return it."""
    english = (folder or catalogue_dir()) / f"{CATALOGUE_PREFIX}{ENGLISH}.qm"
    return [_install(app, english)] if english.is_file() else []


def _install(app: QCoreApplication, path: Path) -> QTranslator:
    """Load one catalogue and install it; the application keeps it alive as its child."""
    translator = QTranslator(app)
    if translator.load(str(path)):
        app.installTranslator(translator)
    return translator
