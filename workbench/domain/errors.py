"""Errors the domain raises. Each message is one sentence a user can act on."""


class WorkbenchError(Exception):
    """Base of every refusal a user may see; ``str(err)`` is the sentence to show."""


class InvalidInput(WorkbenchError):
    """A value given by the user is wrong (unknown code, bad date, missing field)."""


class DuplicateDocNo(InvalidInput):
    """The 文号 is already used by another item, named by ``other_reg_no``.

    Publication refuses it unless forced (the CLI's ``--force``, the GUI's confirmation)."""

    def __init__(self, message: str, *, doc_no: str, other_reg_no: str) -> None:
        super().__init__(message)
        self.doc_no = doc_no
        self.other_reg_no = other_reg_no


class TransitionRefused(WorkbenchError):
    """The requested status change is not allowed from the item's current status."""


class NotFound(WorkbenchError):
    """The named item (or other record) does not exist."""


class Conflict(WorkbenchError):
    """The record was changed by someone else since it was read."""
