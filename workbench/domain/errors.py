"""Refusals: a code and its parameters; the sentence comes from the catalog when shown.

``raise NotFound("item.not_found", reg_no=reg_no)``; ``str(err)`` is the sentence in the current
language (:mod:`workbench.domain.messages`). docs/ARCHITECTURE.md ("Refusals") says how to add one.
"""

from __future__ import annotations

from typing import Any, Self

from workbench.domain.messages import Msg, render


def _rebuild(cls: type[WorkbenchError], state: dict[str, Any]) -> WorkbenchError:
    err = cls.__new__(cls)
    err.__dict__.update(state)
    err.args = (state.get("code", ""),)
    return err


class WorkbenchError(Exception):
    """Base of every refusal a user may see: ``code`` names it, ``params`` fill its sentence,
    ``str(err)`` is the sentence in the current language."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return render(self.code, self.params)

    @classmethod
    def of(cls, message: Msg) -> Self:
        """The refusal whose sentence is ``message`` (a sentence chosen by a helper)."""
        return cls(message.code, **message.params)

    @property
    def message(self) -> Msg:
        """The refusal as a message, e.g. to quote inside another sentence."""
        return Msg(self.code, self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), dict(self.__dict__)))


class InvalidInput(WorkbenchError):
    """A value given by the user is wrong (unknown code, bad date, missing field)."""


class DuplicateDocNo(InvalidInput):
    """The 文号 is already used by another item, named by ``other_reg_no``.

    Publication refuses it unless forced (the CLI's ``--force``, the GUI's confirmation)."""

    def __init__(self, code: str, /, *, doc_no: str, other_reg_no: str) -> None:
        super().__init__(code, doc_no=doc_no, other_reg_no=other_reg_no)
        self.doc_no = doc_no
        self.other_reg_no = other_reg_no


class TransitionRefused(WorkbenchError):
    """The requested status change is not allowed from the item's current status."""


class NotFound(WorkbenchError):
    """The named item (or other record) does not exist."""


class Conflict(WorkbenchError):
    """The record was changed by someone else since it was read."""
