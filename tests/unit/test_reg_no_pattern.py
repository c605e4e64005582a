"""A bad registration-number pattern is refused in one clear sentence, never Python's text."""

from __future__ import annotations

import pytest

from workbench.domain.errors import InvalidInput
from workbench.domain.office import check_reg_no_pattern

PYTHON_WORDS = ("Replacement index", "Single '}'", "expected '}'", "Unknown", "object", "'int'")


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        ("审{year}-{number}", "{number}"),
        ("审{seq", "花括号"),
        ("审}{seq}", "花括号"),
        ("审{seq:abc}", "{seq:abc}"),
        ("审{seq!x}", "{seq!x}"),
        ("审{year:03q}-{seq}", "{year:03q}"),
        ("{seq}{0}", "{0}"),
        ("{}{seq}", "{}"),
        ("{seq.x}", "{seq.x}"),
        ("{seq[0]}", "{seq[0]}"),
        ("审{seq:{year}}", "{seq:{year}}"),
        ("审{year}", "{seq}"),
        ("", "不能为空"),
    ],
)
def test_bad_patterns_are_one_clear_sentence(pattern: str, says: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_reg_no_pattern(pattern)
    sentence = str(refused.value)
    assert says in sentence and sentence.endswith("。") and sentence.count("。") == 1
    assert not any(word in sentence for word in PYTHON_WORDS), sentence


@pytest.mark.parametrize("pattern", ["审{year}-{seq:03d}", "合审{year}第{seq:04d}号", "{{x}}{seq}"])
def test_good_patterns_pass(pattern: str) -> None:
    check_reg_no_pattern(pattern)
