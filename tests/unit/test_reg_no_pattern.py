"""A bad registration-number pattern is refused in one clear sentence, never Python's text."""

from __future__ import annotations

import pytest

from workbench.domain import messages
from workbench.domain.errors import InvalidInput
from workbench.domain.office import check_reg_no_pattern

PYTHON_WORDS = ("Replacement index", "Single '}'", "expected '}'", "Unknown", "object", "'int'")


@pytest.mark.parametrize(
    ("pattern", "code", "says"),
    [
        ("审{year}-{number}", "reg_no_pattern.unknown_placeholder", "{number}"),
        ("审{seq", "reg_no_pattern.braces", "花括号"),
        ("审}{seq}", "reg_no_pattern.braces", "花括号"),
        ("审{seq:abc}", "reg_no_pattern.bad_format", "{seq:abc}"),
        ("审{seq!x}", "reg_no_pattern.bad_format", "{seq!x}"),
        ("审{year:03q}-{seq}", "reg_no_pattern.bad_format", "{year:03q}"),
        ("{seq}{0}", "reg_no_pattern.unknown_placeholder", "{0}"),
        ("{}{seq}", "reg_no_pattern.unknown_placeholder", "{}"),
        ("{seq.x}", "reg_no_pattern.unknown_placeholder", "{seq.x}"),
        ("{seq[0]}", "reg_no_pattern.unknown_placeholder", "{seq[0]}"),
        ("审{seq:{year}}", "reg_no_pattern.bad_format", "{seq:{year}}"),
        ("审{year}", "reg_no_pattern.needs_seq", "{seq}"),
        ("", "reg_no_pattern.empty", "不能为空"),
    ],
)
def test_bad_patterns_are_one_clear_sentence(pattern: str, code: str, says: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_reg_no_pattern(pattern)
    assert refused.value.code == code
    for lang, stop in (("zh", "。"), ("en", ".")):
        messages.set_language(lang)
        sentence = str(refused.value)
        assert sentence.endswith(stop) and "\n" not in sentence
        assert not any(word in sentence for word in PYTHON_WORDS), sentence
    messages.set_language("zh")
    assert says in str(refused.value) and str(refused.value).count("。") == 1


@pytest.mark.parametrize("pattern", ["审{year}-{seq:03d}", "合审{year}第{seq:04d}号", "{{x}}{seq}"])
def test_good_patterns_pass(pattern: str) -> None:
    check_reg_no_pattern(pattern)
