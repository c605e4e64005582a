"""Tests match refusals by code, not wording (docs/ARCHITECTURE.md, "Refusals")."""

from __future__ import annotations

from collections.abc import Callable


def code_is(code: str, **params: object) -> Callable[[BaseException], bool]:
    """For ``pytest.raises(InvalidInput, check=code_is("item.not_found", reg_no="审1"))``."""

    def check(exc: BaseException) -> bool:
        found = getattr(exc, "code", None)
        given = getattr(exc, "params", {})
        assert found == code, f"refused with {found!r} ({exc}), not {code!r}"
        for key, value in params.items():
            assert given.get(key) == value, f"{key}={given.get(key)!r}, not {value!r}"
        return True

    return check
