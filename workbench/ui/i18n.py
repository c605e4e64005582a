"""Translations: pick the language, build the .qm files when needed, install the translators.

The sources are ``resources/translations/*_<lang>.ts``. A packaged build ships the compiled
``.qm`` next to them; from a source checkout the first start compiles them with the
``lrelease`` that comes with the PySide6 wheel into the user's data directory (again whenever a
``.ts`` is newer), so the very first ``uv run workbench`` is already translated.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from workbench.domain import messages
from workbench.resources import is_frozen, resource
from workbench.ui.settings import KEY_LANGUAGE, get_str

log = logging.getLogger(__name__)

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)


def translations_dir() -> Path:
    return resource("translations")


def system_language() -> str:
    """Chinese on a Chinese system, English otherwise."""
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def chosen_language(settings: QSettings) -> str:
    """The user's choice saved in settings, else the system's language."""
    saved = get_str(settings, KEY_LANGUAGE)
    return saved if saved in LANGUAGES else system_language()


def find_lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    try:
        import PySide6
    except ImportError:  # pragma: no cover - we are a PySide6 application
        return None
    base = Path(PySide6.__file__).parent
    names = ("lrelease.exe",) if sys.platform == "win32" else ("lrelease",)
    for name in names:
        for candidate in (base / name, base / "Qt" / "bin" / name):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    return None


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


def compile_ts(ts: Path, out: Path) -> bool:
    """Build ``out`` from ``ts`` with lrelease; False when that is not possible."""
    tool = find_lrelease()
    if tool is None:
        log.warning("lrelease not found: %s stays untranslated", ts.name)
        return False
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        proc = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(out)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed on %s: %s", ts.name, exc)
        return False
    if proc.returncode != 0 or not out.is_file():
        log.warning("lrelease failed on %s: %s", ts.name, proc.stderr.strip())
        return False
    return True


def qm_files(language: str, cache_dir: Path) -> list[Path]:
    """The compiled catalogues of ``language``: shipped ones when up to date, else built into
    ``cache_dir``."""
    out: list[Path] = []
    source_dir = translations_dir()
    for ts in sorted(source_dir.glob(f"*_{language}.ts")):
        shipped = ts.with_suffix(".qm")
        cached = cache_dir / shipped.name
        if _fresh(shipped, ts) or (is_frozen() and shipped.is_file()):
            out.append(shipped)
        elif _fresh(cached, ts) or compile_ts(ts, cached):
            out.append(cached)
        elif shipped.is_file():
            out.append(shipped)  # stale but better than nothing
    return out


class Translations:
    """The translators installed on the application; switch languages at run time."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.language = ENGLISH
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication first")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language if language in LANGUAGES else ENGLISH
        # the refusals and reports rendered below the UI speak the same language
        messages.set_language("zh" if self.language == CHINESE else "en")
        for qm in qm_files(self.language, self.cache_dir):
            self._load(str(qm.parent), qm.stem)
        if self.language == CHINESE:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(qt_dir, "qtbase_zh_CN")
        QLocale.setDefault(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if self.language == CHINESE
            else QLocale(QLocale.Language.English)
        )

    def _load(self, directory: str, name: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            self._installed.append(translator)
        else:
            log.warning("could not load translation %s from %s", name, directory)
