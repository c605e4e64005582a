"""Refusals shown by the GUI speak the language chosen in its settings (docs/ARCHITECTURE.md,
"Refusals")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from workbench.domain import messages
from workbench.domain.errors import NotFound
from workbench.ui.i18n import CHINESE, ENGLISH, Translations


def test_installing_a_language_sets_the_language_of_refusals(
    qapp: QApplication, tmp_path: Path
) -> None:
    refusal = NotFound("item.not_found", reg_no="审2025-001")
    translations = Translations(tmp_path / "qm")
    try:
        translations.install(ENGLISH)
        assert messages.language() == "en"
        assert str(refusal) == "There is no item “审2025-001”."
        translations.install(CHINESE)
        assert messages.language() == "zh"
        assert str(refusal) == "没有登记号为“审2025-001”的事项。"
    finally:
        translations.install(ENGLISH)
