"""Helpers shared by the subcommands: opening the database, printing, argument types."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from workbench.domain.dates import parse_date
from workbench.domain.errors import InvalidInput
from workbench.domain.messages import msg
from workbench.paths import app_paths
from workbench.services.context import ServiceContext
from workbench.services.opening import Target, env_target, open_workbench, parse_target


def date_arg(text: str) -> dt.date:
    try:
        return parse_date(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def year_arg(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("cli.year_not_a_number", text=text))) from None
    if not 1990 <= year <= 2200:
        raise argparse.ArgumentTypeError(
            str(msg("tally.year_range", year=year, first=1990, last=2200))
        )
    return year


def resolve_target(args: argparse.Namespace) -> Target:
    """``--db``, then ``WORKBENCH_DB``, then the site configuration, then the default file."""
    value = getattr(args, "db", None) or env_target()
    if value:
        return parse_target(value)
    from workbench.site import site_db

    site = site_db()
    if site:
        return parse_target(site)
    return parse_target(str(app_paths().default_db))


def context(args: argparse.Namespace, *, lookup: bool = False) -> ServiceContext:
    """Open the database through the one opening path (services/opening.py).

    ``lookup``: the command reads a few rows (``show``, ``list``), so the full integrity
    check, which reads every page of the file, is left out: a damaged page the command meets
    is refused with the same sentence (``Database.read``), and any write still runs the check
    first. Everything else -- the year's counts, exports, every write -- is checked before it
    starts."""
    return open_workbench(resolve_target(args), check_integrity=not lookup)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def display_width(text: str) -> int:
    """Terminal columns: CJK and full-width characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [display_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))
    print("  ".join(pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())


def read_password(args: argparse.Namespace, what: str, *, optional: bool = False) -> str | None:
    """``--password-stdin``: one line from standard input; else asked twice on a terminal;
    else (``optional``) none."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise InvalidInput("cli.password_stdin_empty")
        return password
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(str(msg("cli.prompt", what=what)))
        if not first and optional:
            return None
        if getpass.getpass(str(msg("cli.prompt_again"))) != first:
            raise InvalidInput("cli.passwords_differ")
        return first
    if optional:
        return None
    raise InvalidInput("cli.password_needed")
