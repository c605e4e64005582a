"""Refuse hostile or broken .xlsx files before openpyxl parses them.

An .xlsx is a zip archive. Only the file's first bytes and the zip's central directory are read
here, before a single member is decompressed, so a zip bomb, an encrypted workbook, a file that
is not a workbook at all or a truncated download is refused with one sentence and bounded
memory. The sizes a zip declares cannot be exceeded when reading: Python's ``zipfile`` stops at
the declared size and fails the CRC check, so checking the declared sizes bounds the real ones.
"""

from __future__ import annotations

import os

from workbench.domain.errors import InvalidInput
from workbench.domain.messages import Term
from workbench.zipguard import ZipLimits, check_zip

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 600 * 1024 * 1024  # an exported 500,000-row ledger sheet; openpyxl streams it
MAX_RATIO = 200  # LibreOffice shared strings reach 82:1; bombs are 1000:1 and more
RATIO_THRESHOLD_BYTES = 1024 * 1024
MAX_CENTRAL_DIRECTORY_BYTES = 8 * 1024 * 1024

REQUIRED_MEMBERS = ("[Content_Types].xml", "xl/workbook.xml")


class WorkbookRefused(InvalidInput):
    """The file cannot be read as a ledger workbook; the message names the file and why."""


XLSX_LIMITS = ZipLimits(
    kind=Term(" Excel 工作簿（.xlsx）", "an Excel workbook (.xlsx)"),
    app="Excel",
    encrypted_hint="zip.encrypted_or_old_xlsx",
    max_file_bytes=MAX_FILE_BYTES,
    max_members=MAX_MEMBERS,
    max_total_bytes=MAX_TOTAL_BYTES,
    max_ratio=MAX_RATIO,
    ratio_threshold_bytes=RATIO_THRESHOLD_BYTES,
    max_central_directory_bytes=MAX_CENTRAL_DIRECTORY_BYTES,
    required_members=REQUIRED_MEMBERS,
    size_label=Term("台账文件", " for a ledger file"),
    total_hint=Term("，远大于任何台账", ", far more than any ledger"),
)


def check_xlsx(path: str | os.PathLike[str]) -> None:
    """Refuse ``path`` unless it looks like a sane, unencrypted Excel workbook (.xlsx).

    Raises :class:`WorkbookRefused` with one Chinese sentence naming the file.
    """
    check_zip(path, XLSX_LIMITS, WorkbookRefused)
