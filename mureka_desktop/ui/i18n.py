"""Translations: Qt's QTranslator for the system locale, over English plurals.

Every user-facing count goes through Qt's plural forms (``self.tr(text, "", n)`` with a
"%n" and "(s)" in the text). Untranslated, Qt would show "1 song(s)"; the English
translation shipped in ``resources/translations`` turns it into "1 song" / "2 songs". A
translation for the system locale, when one is shipped, is installed over it and wins; anything
it lacks falls back to the English one. ``scripts/update-translations.sh`` regenerates the
``.ts`` with pyside6-lupdate and compiles the ``.qm`` files.

pyside6-lupdate (6.11) marks a message as plural only when it is written as ``self.tr(text,
"", n)`` inside a QObject subclass: ``QCoreApplication.translate(ctx, text, "", n)`` with a
variable ``n`` is extracted as a plain message, and an argument holding a subscript (``c[x]``)
can hide the whole call. tests/ui/test_wording.py checks that every "%n" string is in the .ts.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from mureka_desktop.core.paths import resources_dir

log = logging.getLogger(__name__)

CATALOG = "mureka_desktop"


def install_translators(app: QCoreApplication, locale: QLocale | None = None
                        ) -> list[QTranslator]:
    """Install the English plurals, then the locale's translation if one is shipped.

    Qt asks the most recently installed translator first. The translators are children of
    ``app``, so they live as long as it does."""
    folder = str(resources_dir() / "translations")
    installed: list[QTranslator] = []
    english = QTranslator(app)
    if english.load(f"{CATALOG}_en", folder):
        app.installTranslator(english)
        installed.append(english)
    else:
        log.warning("English plural forms not found in %s: counts read '1 song(s)'", folder)
    local = QTranslator(app)
    if local.load(locale or QLocale(), CATALOG, "_", folder) and \
            local.filePath() != english.filePath():
        app.installTranslator(local)
        installed.append(local)
        log.info("translation %s installed", local.filePath())
    return installed
