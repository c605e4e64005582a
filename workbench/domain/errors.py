"""Errors the domain raises. Each message is one sentence a user can act on."""


class WorkbenchError(Exception):
    """Base of every refusal a user may see; ``str(err)`` is the sentence to show."""


class InvalidInput(WorkbenchError):
    """A value given by the user is wrong (unknown code, bad date, missing field)."""


class TransitionRefused(WorkbenchError):
    """The requested status change is not allowed from the item's current status."""


class NotFound(WorkbenchError):
    """The named item (or other record) does not exist."""


class Conflict(WorkbenchError):
    """The record was changed by someone else since it was read."""
