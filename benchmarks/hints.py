"""How well the review hints do on the labelled set, and how fast ``inspect`` reads a long draft.

    uv run python benchmarks/hints.py

Prints recall and false alarms per rule and overall on
``tests/unit/documents/hint_eval_set.py`` (targets: recall ≥ 95%, false alarms ≤ 5%), then the
time of ``inspect_docx`` on a generated 60-page draft (target: under 1 s).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402

from tests.unit.documents import hint_eval_set  # noqa: E402
from workbench.documents import default_rules, inspect_docx  # noqa: E402

PARAGRAPHS_PER_PAGE = 22


def _long_draft(path: Path, pages: int) -> int:
    doc = Document()
    doc.add_heading("辽宁省科技企业孵化器管理办法（征求意见稿）", level=0)
    texts = [t for t, _ in hint_eval_set.NORMATIVE]
    n = pages * PARAGRAPHS_PER_PAGE
    for i in range(n):
        doc.add_paragraph(texts[i % len(texts)])
    doc.add_paragraph("本办法自2025年1月1日起施行，有效期5年。")
    doc.save(str(path))
    return n


def main() -> int:
    results = hint_eval_set.evaluate()
    n_norm, n_contract = len(hint_eval_set.NORMATIVE), len(hint_eval_set.CONTRACT)
    lawful = sum(1 for _, labels in hint_eval_set.NORMATIVE if not labels)
    print(f"labelled set: {n_norm} provisions ({lawful} lawful), {n_contract} contract clauses")
    print(f"{'rule':<24}{'recall':>14}{'false alarms':>20}")
    for rule, r in results.items():
        if rule == "overall":
            continue
        print(
            f"{rule:<24}{r['caught']:>4.0f}/{r['positives']:<3.0f}{r['recall']:>6.0%}"
            f"{r['false_alarms']:>8.0f}/{r['negatives']:<3.0f}{r['false_alarm_rate']:>7.1%}"
        )
    o = results["overall"]
    print(
        f"{'overall':<24}{o['caught']:>4.0f}/{o['positives']:<3.0f}{o['recall']:>6.0%}"
        f"{o['false_alarms']:>8.0f}/{o['negatives']:<3.0f}{o['false_alarm_rate']:>7.1%}"
        "   (false alarms overall: lawful provisions with any hint)"
    )
    ok = o["recall"] >= 0.95 and o["false_alarm_rate"] <= 0.05

    default_rules()  # loaded once per process, as in the GUI
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.docx"
        n = _long_draft(path, 60)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            result = inspect_docx(path)
            times.append(time.perf_counter() - start)
    best = min(times)
    print(
        f"inspect of a 60-page draft ({n} paragraphs, {len(result.hints)} hints): "
        f"best {best:.2f} s of 3 (target < 1 s)"
    )
    ok = ok and best < 1.0
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
