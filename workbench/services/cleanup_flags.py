"""Which documents of a cleanup campaign deserve attention: those whose attached text triggers
a review hint about fair competition or market barriers (妨碍统一市场和公平竞争).

The hints come from the review-hint rules (``documents/ruleset.py``, ``resources/rules``):
every rule whose defect flag is ``fair_competition``, or whose id names a market barrier. The
rules are an office's data and change over time, so this looks them up by what they say, not by
a fixed list, and flags nothing when no such rule exists or the rules cannot be loaded.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

FLAG = "fair_competition"
RULE_IDS = frozenset({"market_barrier", "designated_supplier", "fair_competition"})


def _rules() -> tuple[Any, Any] | None:
    try:
        ruleset = importlib.import_module("workbench.documents.ruleset")
        hints = importlib.import_module("workbench.documents.rules")
        every = ruleset.default_rules().scope("normative")
    except Exception:  # no rules yet, or an office file the loader refused entirely
        log.warning("review-hint rules not available: cleanup entries are not flagged")
        return None
    chosen = tuple(r for r in every if getattr(r, "flag", "") == FLAG or r.id in RULE_IDS)
    return (hints.scan_paragraph, chosen) if chosen else None


def fair_competition_scanner() -> Callable[[str], bool] | None:
    """A test of a document's text, or ``None`` when no fair-competition rule is known."""
    found = _rules()
    if found is None:
        return None
    scan_paragraph, chosen = found

    def triggers(text: str) -> bool:
        for paragraph in text.splitlines():
            if paragraph.strip() and scan_paragraph(paragraph, chosen):
                return True
        return False

    return triggers
