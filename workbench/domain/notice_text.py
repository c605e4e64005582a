"""The pasted text of a holiday notice, made easy to read (see :mod:`.holiday_notice`).

Full-width ASCII forms become half-width and all whitespace is dropped, so line breaks and stray
spaces may fall anywhere (even inside a date). Positions are mapped back to the original text so
messages quote what the user pasted.
"""

from __future__ import annotations

import bisect
import re

from workbench.domain.errors import WorkbenchError

__all__ = ["NoticeParseError", "NoticeText"]


class NoticeParseError(WorkbenchError, ValueError):
    """The notice cannot be read: a refusal code (``notice.*``) whose sentence names the clause
    and quotes the words."""


_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALF_WIDTH.update(
    {
        0x3000: 0x20,  # ideographic space
        0xFEFF: 0x20,  # byte-order mark
        0x200B: 0x20,  # zero-width space
        0x301C: ord("~"),  # wave dash
        0x2015: 0x2014,  # horizontal bar, used as a dash
        0x2212: ord("-"),  # minus sign
        0x2010: ord("-"),
        0x2011: ord("-"),
    }
)
_NON_SPACE = re.compile(r"\S+")
_SPACE = re.compile(r"\s+")


class NoticeText:
    """The notice with whitespace removed (``norm``), remembering where each character came
    from."""

    def __init__(self, original: str) -> None:
        self.original = original
        self._translated = original.translate(_HALF_WIDTH)  # one for one: positions hold
        self.norm = _SPACE.sub("", self._translated)
        self._norm_starts: list[int] = []
        self._orig_starts: list[int] = []

    def _orig(self, pos: int) -> int:
        if not self._orig_starts:  # built only when a message quotes the text
            length = 0
            for match in _NON_SPACE.finditer(self._translated):
                self._norm_starts.append(length)
                self._orig_starts.append(match.start())
                length += match.end() - match.start()
        i = bisect.bisect_right(self._norm_starts, pos) - 1
        return self._orig_starts[i] + pos - self._norm_starts[i]

    def quote(self, start: int, end: int, limit: int = 80) -> str:
        """The original text behind ``norm[start:end]``, whitespace dropped, shortened."""
        if end <= start:
            return ""
        raw = self.original[self._orig(start) : self._orig(end - 1) + 1]
        compact = "".join(raw.split())
        return compact if len(compact) <= limit else compact[: limit - 1] + "…"
