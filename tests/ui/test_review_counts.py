"""The review dialog writes its counts as the locale does ("12,345 duplicates", "Add 23,456"),
as the rest of the window does ("9,999")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from mureka_desktop.core.queue.intake import IntakeReview
from mureka_desktop.ui.intake import ReviewDialog


def test_the_review_counts_carry_the_locales_thousands_separator(qapp: Any):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        review = IntakeReview(new=[str(n) for n in range(23_456)],
                        duplicates=["1"] * 12_345, already_done=["2"] * 1_001)
        dialog = ReviewDialog(review, "Typed in")
        summary = dialog.summary.text()
        assert "23,456 new" in summary and "12,345 duplicates" in summary, summary
        assert "1,001 already done" in summary
        assert dialog.add_button.text() == "Add 23,456"
        assert "1,001" in dialog.regenerate.text()
        dialog.close()
    finally:
        QLocale.setDefault(before)
