"""文号: finding and normalising."""

from __future__ import annotations

import pytest

from workbench.documents import find_doc_no, find_doc_nos, normalize_doc_no


@pytest.mark.parametrize(
    "raw",
    [
        "辽科发〔2023〕16号",
        "辽科发[2023]16号",
        "辽科发【2023】16号",
        "辽科发(2023)16号",
        "辽科发（2023）16号",
        "辽科发［2023］16号",
        "辽科发｛2023｝16号",
        "辽科发 〔 2023 〕 16 号",
        "辽科发〔２０２３〕１６号",
        "辽科发〔2023〕第016号",
    ],
)
def test_variants_normalise_alike(raw: str) -> None:
    assert normalize_doc_no(raw) == "辽科发〔2023〕16号"


def test_other_text_is_only_tidied() -> None:
    assert normalize_doc_no(" 辽政令 第 3 号 ") == "辽政令第3号"
    assert normalize_doc_no("") == ""


def test_find_in_running_text() -> None:
    text = (
        "根据《关于进一步加强法律顾问工作的若干措施》（辽法办发[2022]12号）和辽科发〔2023〕16号文件"
    )
    assert find_doc_no(text) == "辽法办发〔2022〕12号"
    assert [n for _, _, n in find_doc_nos(text)] == ["辽法办发〔2022〕12号", "辽科发〔2023〕16号"]
    assert find_doc_no("依据辽科发【2019】5号执行") == "辽科发〔2019〕5号"
    start, end, _ = find_doc_nos("印发国办发〔2020〕49号")[0]
    assert "印发国办发〔2020〕49号"[start:end] == "国办发〔2020〕49号"


def test_no_doc_no() -> None:
    assert find_doc_no("本办法自2024年1月1日起施行。") is None
    assert find_doc_no("") is None
