from decimal import Decimal

from orchestration.parsing.cells import (
    BLANK,
    UNKNOWN,
    VALUE,
    looks_like_value,
    read_amount_wan_yuan,
    read_count,
)


def test_counts_full_width_separators_and_blanks():
    assert read_count("１２").value == Decimal(12)
    assert read_count("\u3000\u30007").value == Decimal(7)
    assert read_count("1,234").value == Decimal(1234)
    for blank in ("", " ", "/", "-", "—", "无"):
        assert read_count(blank).state == BLANK and read_count(blank).value is None


def test_a_count_that_is_not_a_clean_count_is_unknown_with_the_reason():
    # `00`, `０１２`: two figures run together or a misread digit (an OCR's `00` for 66), never a count
    for text, reason in (("-3", "negative"), ("2.5", "whole"), ("约5", "not a number"), ("00", "leading zero"),
                         ("０１２", "leading zero")):
        read = read_count(text)
        assert read.state == UNKNOWN and read.value is None and reason in read.problem


def test_signed_change():
    assert read_count("+2", signed=True).value == Decimal(2)
    assert read_count("-85", signed=True).value == Decimal(-85)


def test_amounts_convert_to_wan_yuan_and_flag_a_missing_unit():
    assert read_amount_wan_yuan("434.936 万元").value == Decimal("434.936")
    assert read_amount_wan_yuan("5370000.00元").value == Decimal(537)
    assert read_amount_wan_yuan("1.2亿元").value == Decimal(12000)
    bare = read_amount_wan_yuan("12.5")
    assert bare.state == VALUE and bare.value == Decimal("12.5") and bare.unit_assumed
    assert not read_amount_wan_yuan("12.5万元").unit_assumed


def test_units_anywhere_in_the_cell_and_the_unit_the_header_prints():
    for text, wan in (("人民币12.5万元", "12.5"), ("12.5（万元）", "12.5"), ("万元 12.5", "12.5"), ("3,500元", "0.35"),
                      ("0.5亿元", "5000"), ("１２．５万元", "12.5"), ("12.5万", "12.5")):
        read = read_amount_wan_yuan(text)
        assert read.state == VALUE and read.value == Decimal(wan) and not read.unit_assumed, text
    assert read_amount_wan_yuan("0.35", unit_printed="万元").value == Decimal("0.35")
    assert not read_amount_wan_yuan("0.35", unit_printed="万元").unit_assumed
    assert read_amount_wan_yuan("3500元", unit_printed="万元").value == Decimal("0.35")  # the cell's own unit wins
    assert read_amount_wan_yuan("12万元5元").state == UNKNOWN  # two units: not guessed
    for text in ("1080万元", "10800000元", "0.108亿元"):  # never 1.08E+3: the warehouse casts the text
        assert str(read_amount_wan_yuan(text).value) == "1080", text


def test_figures_that_ran_together_in_one_cell_are_unknown_never_joined():
    for text in ("2 0", "200 000121", "1 234", "１ ２"):
        read = read_count(text)
        assert read.state == UNKNOWN and read.value is None and "several numbers" in read.problem
    assert read_count("1,234").value == Decimal(1234)  # a thousands separator is not a lost one
    assert read_count("－6", signed=True).value == Decimal(-6)  # full-width minus
    assert read_count("+2", signed=True).value == Decimal(2)


def test_a_count_carries_one_measure_word_and_a_cell_that_reads_as_a_figure_reads_as_one():
    for text in ("3批", "3批次", "3件", "3笔"):
        assert looks_like_value(text) and read_count(text).value == 3, text
    for text in ("3次批", "3件件"):  # two measure words: no count prints so
        assert not looks_like_value(text) and read_count(text).state == UNKNOWN, text
