"""Rows to JSON and back, column by column, for the backup archive.

Dates and datetimes are ISO strings, decimals strings, blobs base64. Decoding is strict: a value
of the wrong type, out of range or too long for its column is refused with the place it was
found, so that an archive that restores into SQLite also restores into PostgreSQL.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
)

from workbench.domain.errors import WorkbenchError
from workbench.domain.messages import Msg, msg

INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # PostgreSQL ``integer``


class ArchiveError(WorkbenchError):
    """The archive is not a usable backup; the message says what is wrong with it."""


def encode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, DateTime):
        return str(value.isoformat(timespec="microseconds"))
    if isinstance(kind, Date):
        return str(value.isoformat())
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, Numeric):
        return str(value)
    if isinstance(kind, LargeBinary):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def encode_row(table: Table, row: Mapping[str, Any]) -> str:
    """One JSON object (no newline) with every column of ``table``."""
    data = {c.name: encode_value(c, row.get(c.name)) for c in table.columns}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(msg("archive.value.not_bool"))
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(msg("archive.value.not_int"))
    if not INT_MIN <= value <= INT_MAX:
        raise ValueError(msg("archive.value.int_range"))
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(msg("archive.value.not_text"))
    return value


def _date(value: Any) -> dt.date:
    text = _str(value)
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(msg("archive.value.not_date")) from None


def _datetime(value: Any) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(_str(value))
    except ValueError:
        raise ValueError(msg("archive.value.not_datetime")) from None
    if parsed.tzinfo is not None:
        raise ValueError(msg("archive.value.has_timezone"))
    return parsed


def _decimal_for(kind: Numeric[Any]) -> Callable[[Any], Decimal]:
    precision = kind.precision or 18
    scale = kind.scale or 0
    step = Decimal(1).scaleb(-scale)
    bound = Decimal(10) ** (precision - scale)

    def parse(value: Any) -> Decimal:
        try:
            number = Decimal(_str(value))
        except InvalidOperation:
            raise ValueError(msg("archive.value.not_number")) from None
        if not number.is_finite() or abs(number) >= bound or number != number.quantize(step):
            raise ValueError(msg("archive.value.precision"))
        return number

    return parse


def _blob(value: Any) -> bytes:
    try:
        return base64.b64decode(_str(value), validate=True)
    except binascii.Error:
        raise ValueError(msg("archive.value.not_base64")) from None


def _string_for(length: int | None) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        text = _str(value)
        if "\x00" in text:
            raise ValueError(msg("archive.value.null_character"))
        if length is not None and len(text) > length:
            raise ValueError(msg("archive.value.too_long", length=length))
        return text

    return parse


def decoder(column: Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, Boolean):
        return _bool
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Integer):
        return _int
    if isinstance(kind, Numeric):
        return _decimal_for(kind)
    if isinstance(kind, LargeBinary):
        return _blob
    if isinstance(kind, String):
        return _string_for(kind.length)
    raise TypeError(f"no archive decoder for {kind!r}")  # pragma: no cover - schema guard


_DECODERS: dict[str, dict[str, tuple[Callable[[Any], Any], bool]]] = {}


def _decoders(table: Table) -> dict[str, tuple[Callable[[Any], Any], bool]]:
    found = _DECODERS.get(table.name)
    if found is None:
        found = {c.name: (decoder(c), bool(c.nullable)) for c in table.columns}
        _DECODERS[table.name] = found
    return found


def decode_row(table: Table, value: Any, where: Msg) -> dict[str, Any]:
    """The row ``value`` (parsed JSON) as Python values for ``table``; refuses anything odd."""
    columns = _decoders(table)
    if not isinstance(value, dict):
        raise ArchiveError("archive.row_not_record", where=where)
    if value.keys() != columns.keys():
        odd = sorted(set(value) ^ set(columns))
        raise ArchiveError(
            "archive.row_fields_differ", where=where, table=table.name, field=odd[0][:40]
        )
    row: dict[str, Any] = {}
    for name, (parse, nullable) in columns.items():
        raw = value[name]
        if raw is None:
            if not nullable:
                raise ArchiveError("archive.value_missing", where=where, field=name)
            row[name] = None
            continue
        try:
            row[name] = parse(raw)
        except ValueError as exc:
            first = exc.args[0] if exc.args else None
            reason = first if isinstance(first, Msg) else msg("archive.value.invalid")
            raise ArchiveError(
                "archive.value_invalid", where=where, field=name, reason=reason
            ) from None
    return row
