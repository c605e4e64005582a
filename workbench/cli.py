"""The command line. ``workbench`` with no command starts the desktop application."""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.domain import messages
from workbench.domain.errors import WorkbenchError

COMMAND_MODULES = (
    "workbench.commands.items",
    "workbench.commands.admin",
    "workbench.commands.users",
    "workbench.commands.server",
    "workbench.commands.documents",
    "workbench.commands.backup",
    "workbench.commands.reports",
    "workbench.commands.catalogue",
    "workbench.commands.cleanup",
    "workbench.commands.selftest",
)

#: which module registers each command, so that a call imports only that module (a clerk's
#: scripted ``workbench show`` never loads openpyxl, python-docx or the export). A command not
#: listed still works: the parser is then built from every module. tests/unit/test_cli_imports.py
#: checks this table against what the modules register.
COMMAND_OWNERS = {
    **dict.fromkeys(
        (
            "add", "assign", "start", "return", "resubmit", "opinion", "publish", "file",
            "withdraw", "repeal", "list", "show",
        ),
        "workbench.commands.items",
    ),
    **dict.fromkeys(("demo", "calendar", "audit"), "workbench.commands.admin"),
    "user": "workbench.commands.users",
    "server": "workbench.commands.server",
    **dict.fromkeys(("inspect", "compare", "letter"), "workbench.commands.documents"),
    **dict.fromkeys(("backup", "restore"), "workbench.commands.backup"),
    **dict.fromkeys(("import", "tally", "export", "report"), "workbench.commands.reports"),
    "catalogue": "workbench.commands.catalogue",
    "cleanup": "workbench.commands.cleanup",
    "self-test": "workbench.commands.selftest",
}  # fmt: skip

EXIT_REFUSED = 1
EXIT_INTERNAL = 70


def _version_text() -> str:
    from workbench.paths import app_paths
    from workbench.site import site_db
    from workbench.store.target import env_target, parse_target

    def shown(value: str) -> str:  # never print a password
        try:
            return parse_target(value).display()
        except WorkbenchError:
            return value

    paths = app_paths()
    site = paths.site_config_file
    env, site_value = env_target(), site_db()
    if env:
        database = f"{shown(env)} (WORKBENCH_DB)"
    elif site_value:
        database = f"{shown(site_value)} (site configuration)"
    else:
        database = f"{paths.default_db} (default)"
    return (
        f"workbench {__version__}\n"
        f"database: {database}\n"
        f"data: {paths.data_dir}\n"
        f"config: {paths.config_dir}\n"
        f"site config: {site}{'' if site.is_file() else ' (none)'}"
    )


class _VersionAction(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show version and data locations")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(_version_text())
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, like every other refusal."""

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = messages.render("cli.usage_hint", {"prog": self.prog})
        self.exit(2, f"{self.prog}: {message}{hint}\n")


def _add_common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # On subcommands the defaults are suppressed so that an option given before the
    # command (``workbench --debug list``) is not reset by the subparser.
    default: dict[str, object] = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument(
        "--db",
        metavar="TARGET",
        help="SQLite file or database URL (postgresql+psycopg://user@host/db); "
        "default: $WORKBENCH_DB, then the site configuration, then the user data file",
        **default,  # type: ignore[arg-type]
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="show tracebacks",
        **default,  # type: ignore[arg-type]
    )


def command_of(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (the first word that is not an option), or None."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--db":
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``only`` (a command in :data:`COMMAND_OWNERS`) just that
    command's module is imported."""
    common = _Parser(add_help=False)
    _add_common(common, suppress=True)
    parser = _Parser(
        prog="workbench",
        description="合法性审核工作台 Review Workbench — with no command, starts the desktop "
        "application.",
    )
    _add_common(parser, suppress=False)
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    owner = COMMAND_OWNERS.get(only or "")
    for name in (owner,) if owner else COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(sub, common)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    # Start-up allocates hundreds of thousands of long-lived objects and almost no garbage:
    # the cyclic collector would only walk them again and again (tens of ms). The GUI
    # freezes what start-up built and turns the collector back on once the window is up.
    gc.disable()
    try:
        # Imported by name so that the command line never loads Qt (the import contract in
        # pyproject.toml checks that nothing in the core imports the GUI).
        app = importlib.import_module("workbench.app")
        return int(app.run_gui(db=args.db))
    finally:
        gc.enable()


def _only_gui_options(argv: list[str]) -> bool:
    """True when ``argv`` names no command: only ``--db TARGET`` and ``--debug``."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--debug" or token.startswith("--db="):
            i += 1
        elif token == "--db" and i + 1 < len(argv):
            i += 2
        else:
            return False
    return True


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workbench", add_help=False)
    _add_common(parser, suppress=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # refusals in the user's language: WORKBENCH_LANG, else the locale (Chinese by default);
    # the GUI sets its own from its settings when it starts
    messages.set_language(messages.language_from_environment(os.environ))
    # no command: start the GUI without importing every command's modules first
    parser = _gui_parser() if _only_gui_options(argv) else build_parser(command_of(argv))
    args = parser.parse_args(argv)
    debug = bool(getattr(args, "debug", False))
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    func = getattr(args, "func", None)
    try:
        if func is None:
            return _run_gui(args)
        return int(func(args) or 0)
    except WorkbenchError as exc:
        if debug:
            raise
        print(f"workbench: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(f"workbench: {messages.render('cli.interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if debug:
            raise
        error = f"{type(exc).__name__}: {exc}"
        print(
            f"workbench: {messages.render('cli.internal_error', {'error': error})}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
