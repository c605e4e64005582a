"""What changed between two drafts, paragraph by paragraph and, inside a paragraph, word by word.

Paragraphs are aligned with :class:`difflib.SequenceMatcher`; a removed and an added paragraph
that are at least half alike are shown as one changed paragraph. Inside it Chinese is compared
character by character (it has no spaces), Latin words and numbers as whole tokens, and the
result is grouped into runs so a reader sees ``第[-五-]{+六+}条``, not a confetti of letters.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from workbench.documents.reader import Paragraph, read_docx
from workbench.domain.messages import msg

SIMILAR = 0.5
_EXACT_PAIRING_LIMIT = 40_000  # cells of the pairing table for one block of rewritten text
_WINDOW = 30
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.,][0-9]+)*|\s+|.", re.S)

ChangeKind = Literal["removed", "added", "changed"]
SegmentOp = Literal["equal", "delete", "insert"]


class Segment(NamedTuple):
    """A run of text inside a changed paragraph: kept (equal), removed or added."""

    op: SegmentOp
    text: str


@dataclass(frozen=True)
class Change:
    """One paragraph removed, added or changed. Indexes are the paragraph numbers in each draft
    (:attr:`Paragraph.index`); the side that does not exist has None and empty text."""

    kind: ChangeKind
    old_index: int | None
    new_index: int | None
    old_text: str
    new_text: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Comparison:
    """Every change between two drafts, in document order."""

    changes: tuple[Change, ...]

    @property
    def identical(self) -> bool:
        return not self.changes

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    def summary(self) -> str:
        """One sentence, in the current language (:mod:`workbench.domain.messages`)."""
        if self.identical:
            return str(msg("compare.identical"))
        return str(
            msg(
                "compare.summary",
                changes=len(self.changes),
                removed=self.count("removed"),
                added=self.count("added"),
                changed=self.count("changed"),
            )
        )

    def format_text(self) -> str:
        """The comparison as the CLI prints it: ``-`` removed, ``+`` added, ``~`` changed (old
        text, new text, then the changed words marked ``[-删除-]{+新增+}``)."""
        lines: list[str] = []
        for c in self.changes:
            if c.kind == "removed":
                lines.append(f"- [{msg('compare.paragraph', n=c.old_index)}] {c.old_text}")
            elif c.kind == "added":
                lines.append(f"+ [{msg('compare.paragraph', n=c.new_index)}] {c.new_text}")
            else:
                old, new = (
                    msg("compare.paragraph", n=c.old_index),
                    msg("compare.paragraph", n=c.new_index),
                )
                lines.append(f"~ [{old} → {new}]")
                lines.append(f"  {msg('compare.old', text=c.old_text)}")
                lines.append(f"  {msg('compare.new', text=c.new_text)}")
                lines.append(f"  {msg('compare.marked', text=marked(c.segments))}")
        lines.append(self.summary())
        return "\n".join(lines)


def marked(segments: Sequence[Segment]) -> str:
    """Segments as one line: deletions ``[-…-]``, insertions ``{+…+}``."""
    out: list[str] = []
    for op, text in segments:
        if op == "delete":
            out.append(f"[-{text}-]")
        elif op == "insert":
            out.append(f"{{+{text}+}}")
        else:
            out.append(text)
    return "".join(out)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """Equal / delete / insert runs turning ``old`` into ``new``.

    A single kept character between two changes is folded into them, so a rewritten phrase
    reads as one deletion and one insertion.
    """
    a, b = _tokens(old), _tokens(new)
    raw: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            raw.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            raw.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            raw.append(("insert", "".join(b[j1:j2])))
    out: list[Segment] = []
    deleted = inserted = ""

    def flush() -> None:
        nonlocal deleted, inserted
        if deleted:
            out.append(Segment("delete", deleted))
        if inserted:
            out.append(Segment("insert", inserted))
        deleted = inserted = ""

    for i, (op, text) in enumerate(raw):
        between_changes = 0 < i < len(raw) - 1 and raw[i - 1][0] != "equal" != raw[i + 1][0]
        if op == "equal" and between_changes and len(text) <= 1:
            deleted += text
            inserted += text
        elif op == "equal":
            flush()
            if out and out[-1].op == "equal":
                out[-1] = Segment("equal", out[-1].text + text)
            else:
                out.append(Segment("equal", text))
        elif op == "delete":
            deleted += text
        else:
            inserted += text
    flush()
    return tuple(out)


def similarity(a: str, b: str) -> float:
    """How alike two paragraphs are, 0 to 1 (difflib's ratio over characters)."""
    sm = SequenceMatcher(None, a, b, autojunk=False)
    if sm.real_quick_ratio() < SIMILAR or sm.quick_ratio() < SIMILAR:
        return 0.0
    return sm.ratio()


def _pair_exact(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """The order-keeping pairing of similar paragraphs with the greatest total similarity."""
    n, m = len(a), len(b)
    sim = [[similarity(a[i], b[j]) for j in range(m)] for i in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = sim[i][j]
            take = s + best[i + 1][j + 1] if s >= SIMILAR else 0.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        s = sim[i][j]
        if s >= SIMILAR and best[i][j] == s + best[i + 1][j + 1]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _pair_greedy(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    start = 0
    for i, text in enumerate(a):
        scored = [(similarity(text, b[j]), j) for j in range(start, min(len(b), start + _WINDOW))]
        good = [(s, -j) for s, j in scored if s >= SIMILAR]
        if good:
            _, neg_j = max(good)
            pairs.append((i, -neg_j))
            start = -neg_j + 1
    return pairs


def _block(old: Sequence[Paragraph], new: Sequence[Paragraph], out: list[Change]) -> None:
    a = [p.text for p in old]
    b = [p.text for p in new]
    exact = len(a) * len(b) <= _EXACT_PAIRING_LIMIT
    pairs = _pair_exact(a, b) if exact else _pair_greedy(a, b)
    i = j = 0
    for pi, pj in [*pairs, (len(a), len(b))]:
        out.extend(_removed(p) for p in old[i:pi])
        out.extend(_added(p) for p in new[j:pj])
        if pi < len(a) and pj < len(b):
            o, n = old[pi], new[pj]
            out.append(
                Change("changed", o.index, n.index, o.text, n.text, word_diff(o.text, n.text))
            )
        i, j = pi + 1, pj + 1


def _removed(p: Paragraph) -> Change:
    return Change("removed", p.index, None, p.text, "", (Segment("delete", p.text),))


def _added(p: Paragraph) -> Change:
    return Change("added", None, p.index, "", p.text, (Segment("insert", p.text),))


def compare_paragraphs(old: Sequence[Paragraph], new: Sequence[Paragraph]) -> Comparison:
    """:func:`compare_docx` on paragraphs already read."""
    a = [p.text for p in old]
    b = [p.text for p in new]
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag == "delete":
            changes.extend(_removed(p) for p in old[i1:i2])
        elif tag == "insert":
            changes.extend(_added(p) for p in new[j1:j2])
        else:
            _block(old[i1:i2], new[j1:j2], changes)
    return Comparison(tuple(changes))


def compare_docx(old: str | os.PathLike[str], new: str | os.PathLike[str]) -> Comparison:
    """Compare two drafts (.docx) paragraph by paragraph; tables compare row by row.

    Raises :class:`DocumentError` if either file cannot be read safely.
    """
    return compare_paragraphs(read_docx(old).paragraphs, read_docx(new).paragraphs)
