"""Word documents: safe reading, inspection of drafts, draft comparison, letters from templates.

Pure Python (python-docx, defusedxml); nothing here imports Qt.
"""

from workbench.documents.compare import (
    Change,
    Comparison,
    Segment,
    compare_docx,
    compare_paragraphs,
    word_diff,
)
from workbench.documents.docno import find_doc_no, find_doc_nos, normalize_doc_no
from workbench.documents.errors import DocumentError, TemplateError
from workbench.documents.inspect import Hint, Inspection, inspect_docx, inspect_paragraphs
from workbench.documents.letters import (
    FILING_PLACEHOLDERS,
    LETTER_PLACEHOLDERS,
    default_filing_template,
    default_letter_template,
    filing_fields,
    letter_fields,
    placeholders_in,
    render_template,
    revision_note,
    templates_dir,
)
from workbench.documents.reader import DocText, Paragraph, docx_plain_text, read_docx
from workbench.documents.rules import RULE_LABELS, RULES
from workbench.documents.ruleset import Rule, RuleSet, RulesFileError, default_rules, load_rules
from workbench.documents.safety import check_docx, read_member_bounded

__all__ = [
    "FILING_PLACEHOLDERS",
    "LETTER_PLACEHOLDERS",
    "RULES",
    "RULE_LABELS",
    "Change",
    "Comparison",
    "DocText",
    "DocumentError",
    "Hint",
    "Inspection",
    "Paragraph",
    "Rule",
    "RuleSet",
    "RulesFileError",
    "Segment",
    "TemplateError",
    "check_docx",
    "compare_docx",
    "compare_paragraphs",
    "default_filing_template",
    "default_letter_template",
    "default_rules",
    "docx_plain_text",
    "filing_fields",
    "find_doc_no",
    "find_doc_nos",
    "inspect_docx",
    "inspect_paragraphs",
    "letter_fields",
    "load_rules",
    "normalize_doc_no",
    "placeholders_in",
    "read_docx",
    "read_member_bounded",
    "render_template",
    "revision_note",
    "templates_dir",
    "word_diff",
]
