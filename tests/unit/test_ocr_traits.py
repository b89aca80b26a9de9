"""The traits that mark a text as an OCR's (ocr_text.reads_as_ocr), which turn on the re-reading of
ruled rows: rulings read as bars glued between digits, ASCII or full-width, off a pipe row; a bracket
read as `〈` closed by `)`. A markdown table's bars and a document's own `〈…〉` are no such trait."""

from orchestration.parsing.ocr_text import reads_as_ocr


def test_rulings_glued_between_digits_are_an_ocrs():
    assert reads_as_ocr(["2.没有现成信息需要另行制作", "1.本机关不掌握相关政府信息  0|10101010  1"])
    assert reads_as_ocr(["1.本机关不掌握相关政府信息  0｜1  1"])  # the full-width bar as well


def test_pipe_rows_and_spaced_bars_are_not():
    assert not reads_as_ocr(["|1|2|3|", "｜1｜2｜", "| 1 | 2 |", "1 | 2 | 3", "行政许可  0  0"])


def test_a_bracket_read_as_an_angle_is_an_ocrs_and_a_documents_own_angle_pair_is_not():
    assert reads_as_ocr(["第二十条第〈一)项"])
    assert not reads_as_ocr(["〈一〉", "第二十条第（一）项"])


def test_zeros_and_ones_read_as_letters_on_a_line_of_figures_are_an_ocrs():
    from orchestration.parsing.ocr_text import reads_digits_as_letters

    assert reads_digits_as_letters(["三、上年结转政府信息公开申请数量   0 0 lo 0 oo on"])
    assert reads_digits_as_letters(["本年新收政府信息公开申请数量   80 lo   10|o 15   0"])
    # letters in a document's own words, or without a figure on their line, are no such trait
    assert not reads_digits_as_letters(["网址 www.gov.cn/oo 2021年", "Hello World 2021", "oo lo", "行政许可 10 0"])
