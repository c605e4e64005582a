"""Errors raised while reading or writing Word documents."""

from __future__ import annotations

from workbench.domain.errors import WorkbenchError


class DocumentError(WorkbenchError, ValueError):
    """A .docx file cannot be used; ``str(err)`` is one sentence naming the file and the reason."""


class TemplateError(DocumentError):
    """A letter template is unusable, e.g. it contains a placeholder nobody fills in."""
