"""Translations: Qt's QTranslator for the system locale, over English plurals.

Every user-facing string goes through Qt's translation system: ``self.tr("...")`` inside a
QObject subclass, ``QCoreApplication.translate("Context", "...")`` elsewhere, and
``QT_TRANSLATE_NOOP("Context", "...")`` for a table of words built before any translator is
installed (translated where it is shown). The core's sentences are not written here: each is a
``phrase("key", "English")`` where the core says it, handed to lupdate under the context
"phrases" by ``scripts/phrase_catalog.py`` and said by ``ui/engine_words.py``, which asks Qt
for it by key. lupdate finds only those literal forms: never pass it
an f-string or a sentence glued from pieces. Values go in through placeholders a translator can
move, ``fill(self.tr("Exported %1 to %2"), count, path)``; counts through
Qt's plural forms, ``self.tr(text, "", n)`` with a "%n" and "(s)" in the text.

Languages: the template's translations ship for German, French, Spanish, Brazilian Portuguese,
Simplified Chinese, Japanese and Korean (``mureka_desktop_<locale>.ts``, filled from the
tables in ``scripts/translation_tables`` by ``scripts/update-translations.sh``; the words
kept the same everywhere are in the glossaries beside them). The window follows the system's
locale unless Settings names a language (``Settings.language``, read once at start: a change
applies at the next start). Qt's own words (file dialogs, standard buttons, context menus of
text fields) come from ``qtbase_<locale>.qm`` of the Qt in use, loaded for the same locale.
The command line always speaks English.

Untranslated, Qt would show "1 song(s)"; the English translation shipped in
``resources/translations`` (``mureka_desktop_en.qm``, plural forms only) turns it into "1 song" /
"2 songs". A translation for the system locale (``mureka_desktop_<locale>.qm``, made from the
template ``mureka_desktop.ts``), when one is shipped, is installed over it and wins; anything it
lacks falls back to the English one. ``scripts/update-translations.sh`` regenerates the template,
the English plurals and every language's ``.ts`` with pyside6-lupdate, fills them from the
tables and compiles the ``.qm``.

What pyside6 6.11 does, checked (tests/ui/test_wording.py):

- lupdate marks a message as plural only when it is written as ``self.tr(text, "", n)`` inside
  a QObject subclass: ``QCoreApplication.translate(ctx, text, "", n)`` with a variable ``n`` is
  extracted as a plain message, and an argument holding a subscript (``c[x]``) can hide the
  whole call.
- At run time ``self.tr(text)`` looks the text up under every class name of ``type(self)``'s
  MRO, so a plain string in a base class (WindowActions under MainWindow) is found under the
  base's context, where lupdate files it. ``self.tr(text, "", n)`` is looked up under the most
  derived class only: write plurals in a class that is instantiated as itself.
- lupdate files strings under an empty context (never looked up) when it loses track of the
  class: after an ``if`` block in a class body (such as ``if TYPE_CHECKING:`` stubs, which
  spoils the whole module), for ``tr`` aliased to a local name, and for ``QT_TR_NOOP`` in a
  class body (use ``QT_TRANSLATE_NOOP``). The test of the template checks for it.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mureka_desktop.core.runtime.paths import resources_dir
from mureka_desktop.core.settings.values import LANGUAGE_NAMES, LANGUAGES
from mureka_desktop.ui.text import isolated

log = logging.getLogger(__name__)

CATALOG = "mureka_desktop"


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """Qt's ``QString.arg`` for a translated text: "%1", "%2"... replaced by ``values`` in one
    pass, so a value that itself holds "%2" (a path, an error) is left as it is. A value
    holding right-to-left letters or bidi controls (a title, the server's words) goes in
    isolated (FSI … PDI, :func:`~mureka_desktop.ui.text.isolated`): a right-to-left override
    in it reverses none of the sentence's own words."""
    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return isolated(str(values[index])) if index < len(values) else match[0]
    return _PLACEHOLDER.sub(value, text)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_locale(language: str) -> QLocale:
    """The locale of a ``Settings.language``: "" the system's, else the language named
    ("pt_BR", "de", "en")."""
    if language and language in LANGUAGES:
        return QLocale(language)
    return QLocale.system()


def language_name(language: str) -> str:
    """A language as its speakers write it ("Deutsch", "Português (Brasil)", "日本語"), so the
    choice reads right whatever language the window speaks."""
    return LANGUAGE_NAMES.get(language, language)


def qt_translations_dir() -> str:
    """Where the Qt in use keeps its own translations (PySide6/Qt/translations in a wheel)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(app: QCoreApplication, locale: QLocale | None = None,
                        folder: Path | None = None,
                        qt_folder: str | None = None) -> list[QTranslator]:
    """Install the English plurals, then ``mureka_desktop_<locale>.qm`` if one is shipped, and
    Qt's own ``qtbase_<locale>.qm`` for the same locale (file dialogs, standard buttons).

    ``locale`` defaults to the system's (``QLocale.system()``: LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG on Unix; the user's UI languages elsewhere), tried in the order of its
    UI languages ("de_AT", then "de"). Numbers and dates keep the system's formats (a language
    chosen in Settings changes the words only). English asks for nothing more than the plurals;
    Qt's own translation comes only with ours, so a dialog never mixes two languages. Qt asks
    the most recently installed translator first. The translators are children of ``app``, so
    they live as long as it does."""
    locale = locale or QLocale.system()
    where = str(folder or translations_dir())
    installed: list[QTranslator] = []
    english = QTranslator(app)
    if english.load(f"{CATALOG}_en", where):
        app.installTranslator(english)
        installed.append(english)
    else:
        log.warning("English plural forms not found in %s: counts read '1 song(s)'", where)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return installed
    local = QTranslator(app)
    if local.load(locale, CATALOG, "_", where) and local.filePath() != english.filePath():
        app.installTranslator(local)
        installed.append(local)
        log.info("translation %s installed", local.filePath())
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", qt_folder or qt_translations_dir()):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.info("no Qt translation for %s: file dialogs speak English", locale.name())
    return installed
