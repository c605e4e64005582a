"""The refusal catalog (docs/ARCHITECTURE.md, "Refusals"): complete in both languages, and the
only source of sentences below the UI."""

from __future__ import annotations

import ast
import datetime as dt
import pickle
import re
import string
from pathlib import Path

import pytest

from workbench.domain import messages
from workbench.domain.errors import DuplicateDocNo, InvalidInput, WorkbenchError
from workbench.domain.messages import Msg, Term, field_label, language_from_environment, msg
from workbench.store.errors import LoginFailed

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "workbench"
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
CJK = re.compile(r"[\u3400-\u9fff]")
#: English templates that quote Chinese on purpose (the forms a date may be written in, the
#: words of a State Council holiday notice)
QUOTES_CHINESE = {"date.unreadable", "notice.year_unknown", "notice.nothing_found"}
#: codes built at run time from a key (``field_label``, the archive's manifest fields)
BUILT_PREFIXES = ("field.", "archive.field.")
#: functions whose first argument is a code
CODE_TAKERS = {"msg", "Msg", "render", "_fail"}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _core_files() -> list[Path]:
    return [p for p in sorted(CORE.rglob("*.py")) if "ui" not in p.relative_to(CORE).parts[:1]]


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of WorkbenchError and every class below it (by the names of their bases)."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                bases[node.name] = names
    found = {"WorkbenchError"}
    while True:
        more = {name for name, bs in bases.items() if bs & found} - found
        if not more:
            return found
        found |= more


def _called_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _calls() -> tuple[set[str], list[tuple[Path, int, str, ast.Call]]]:
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in _core_files()}
    errors = _error_classes(trees)
    calls = [
        (path, node.lineno, name, node)
        for path, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and (name := _called_name(node)) is not None
    ]
    return errors, calls


def test_every_code_has_both_languages_with_the_same_placeholders() -> None:
    catalog = messages.catalog()
    assert len(catalog) > 200
    for code, (zh, en) in catalog.items():
        assert CODE.match(code), code
        assert zh.strip() and en.strip(), code
        assert _placeholders(zh) == _placeholders(en), code
        if code not in QUOTES_CHINESE:
            assert not CJK.search(en), f"{code}: {en}"


def test_no_sentence_is_built_below_the_ui() -> None:
    """A refusal is raised with a code, never with a sentence; every literal code exists."""
    errors, calls = _calls()
    catalog = messages.catalog()
    bad: list[str] = []
    for path, line, name, node in calls:
        if name not in errors and name not in CODE_TAKERS:
            continue
        if not node.args:
            continue
        first = node.args[0]
        where = f"{path.relative_to(ROOT)}:{line}"
        if isinstance(first, ast.JoinedStr):
            head = first.values[0] if first.values else None
            built = isinstance(head, ast.Constant) and str(head.value).startswith(BUILT_PREFIXES)
            if not (name in CODE_TAKERS and built):
                bad.append(f"{where}: {name}(f-string)")
        elif isinstance(first, ast.Constant) and isinstance(first.value, str):
            if first.value not in catalog:
                bad.append(f"{where}: {name}({first.value!r}) is not a code of the catalog")
        elif isinstance(first, ast.BinOp):
            bad.append(f"{where}: {name}(a sentence built with +)")
    assert not bad, "\n".join(bad)


def test_every_code_of_the_catalog_is_used() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in _core_files())
    unused = [
        code
        for code in messages.catalog()
        if not code.startswith(BUILT_PREFIXES) and f'"{code}"' not in source
    ]
    assert not unused, unused


def test_a_refusal_renders_in_the_language_chosen_at_the_edge() -> None:
    err = InvalidInput(
        "date.before",
        what=field_label("published_on"),
        day=dt.date(2025, 1, 2),
        earlier_what=field_label("opinion_on"),
        earlier=dt.date(2025, 2, 1),
    )
    assert err.code == "date.before" and err.params["day"] == dt.date(2025, 1, 2)
    assert str(err) == "公布日期2025年1月2日早于意见出具日期2025年2月1日。"
    messages.set_language("en")
    assert str(err) == "Publication date 2025-01-02 is before opinion date 2025-02-01."
    assert str(Term("已公布", "Published")) == "Published"
    assert str(msg("archive.value.too_long", length=3)) == "longer than 3 characters"
    assert messages.localized(["a", Term("甲", "b")]) == "a, b"
    messages.set_language("zh")
    assert messages.localized(["a", Term("甲", "b")]) == "a、甲"


def test_refusals_keep_their_data_and_survive_pickling() -> None:
    dup = DuplicateDocNo("publication.doc_no_taken", doc_no="辽科发〔2023〕1号", other_reg_no="审1")
    assert (dup.doc_no, dup.other_reg_no) == ("辽科发〔2023〕1号", "审1")
    login = LoginFailed("login.inactive", "inactive", login="amy")
    for err in (dup, login):
        copy = pickle.loads(pickle.dumps(err))
        assert type(copy) is type(err) and copy.code == err.code and copy.params == err.params
        assert str(copy) == str(err)
    assert pickle.loads(pickle.dumps(login)).reason == "inactive"
    assert isinstance(dup.message, Msg) and str(dup.message) == str(dup)


def test_an_unknown_code_fails_tests_and_shows_its_code_otherwise() -> None:
    with pytest.raises(KeyError):
        str(WorkbenchError("no.such_code"))
    messages.set_strict(False)
    try:
        assert str(WorkbenchError("no.such_code", n=1)) == "no.such_code(n=1)"
    finally:
        messages.set_strict(True)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "zh"),
        ({"LANG": "C"}, "zh"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({"LANG": "POSIX"}, "zh"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_US:zh_CN"}, "en"),
        ({"LANG": "en_US.UTF-8", "WORKBENCH_LANG": "zh"}, "zh"),
        ({"LANG": "zh_CN.UTF-8", "WORKBENCH_LANG": "en"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "WORKBENCH_LANG": "fr"}, "zh"),
    ],
)
def test_the_command_line_language_follows_the_environment(
    env: dict[str, str], expected: str
) -> None:
    assert language_from_environment(env) == expected
