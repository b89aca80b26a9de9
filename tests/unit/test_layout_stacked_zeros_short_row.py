"""`pdftotext -layout` of Chromium's table 3 in narrow columns (issue 14, stack41; made-up figures, the shape of
benchmarks/fuzz_stacked_glyphs.py's `layout --shapes` pages): the table prints its zeros (`０`), and 总计's figures too
wide for the column stack a full-width glyph a line round their row's line, a two-glyph total straddling it (`１`
above, nothing of it on the line, `１` below, for 11), often beside a label wrapped round the line.

Rows whose total's first glyph joined them lead their parts' sum as a total cut at the page's edge would
(`１７ ０ ０ ０ １ ４` + `２` for 22), so the table's totals are read as cut. A row printing a zero yet fewer words
than columns (`９ ０ ０ ０ １ １`, its total 11 stacked off its line) writes what it counts as nothing: the cell it
lacks is lost, not blank, so no split reads its words in any six of the seven columns with its last word a cut
total (9 0 0 0 1 and a blank, total 10). Its pieces round it read it, as every row's sum allows; never a wrong
number."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_label_round_figures import HEADER
from tests.unit.test_reader_classes import TITLE, applications_of

TABLE = TITLE + "\n".join(HEADER) + """
      一、本年新收政府信                                                    ２
                                            １７７ ３   ２   １２  １２  １２ １
      息公开申请数量                                                      ８
                                                                   １
      二、上年结转政府信息公开申请数量                      ０   １   ０   １   ０   １１
                                                                   ３
    三、本年度办理结果
      （一）予                                                         ２
                                            １６  ０   ０   ０   ０   ５
      以公开                                                          １
      （二）部分公开（区                                                    ２
                                            １７  ０   ０   ０   １   ４
      分处理的，只计这一情形，不计其他情形）                                          ２
    （三）不予公开
                                                                   １
      1.属于国家秘密                              １０  ０   ０   ０   １   ０
                                                                   １
                                                                   ２
      2.其他法律行政法规禁止公开                        ２１  ０   ０   ０   １   １
                                                                   ３
      3.危及“三
                                            ８   ０   ０   ０   ０   １  ９
      安全一稳定”
                                                                   １
      4.保护第三方合法权益                           ９   ０   ０   ０   ０   ２
                                                                   １
      5.属于三类内部
                                            ７   ０   ０   １   ０   ０  ８
      事务信息
      6.属于四类过程性
                                            ５   ０   ０   ０   ２   １  ８
      信息
      7.属于
                                            ７   ０   ０   ０   １   １  ９
      行政执法案卷
      8.属于                                                         １
                                            ８   ０   ０   ０   ０   ２
      行政查询事项                                                       ０
    （四）无法提供
      1.本机关不掌握相关政府信息                        ６   ０   １   ０   １   １  ９
      2.没有现成信息需要另行制作                        ４   １   ０   ０   ０   ０  ５
      3.补
                                            ６   ０   ０   １   ０   ０  ７
      正后申请内容仍不明确
    （五）不予处理
                                                                   １
      1.信访举报投诉类申请                           ８   １   ０   ０   ０   １
                                                                   ０
      2.重复申请                                ７   ０   ０   ０   ０   ０  ７
      3.要求提供公开
                                            ４   ０   ０   ０   １   １  ６
      出版物
      4.无正当理由大量                                                    １
                                            ９   ０   ０   ０   １   １
      反复申请                                                         １
      5.要求行政机关确认或重新出具已获取
                                            ６   １   ０   ０   １   ０  ８
      信息
    （六）其他处理
      1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息
                                            ３   ０   ０   ０   ０   １  ４
      公开申请
      2.申请人逾期未按收费通知要求缴纳费                    ６   ０   １   １   １   ０  ９
      用、行政机关不再处理其政府信息公开申请
                                                                   １
      3.其他                                  ９   １   ０   ０   １   ０
                                                                   １
                                                                   ２
      （七）总计                                 １７６ ４   ２   ３   １２  ２２ １
                                                                   ９
      四、结转                                                         １
                                            １   ０   ０   １０  ０   １
      下年度继续办理                                                      ２

四、政府信息公开行政复议、行政诉讼情况

五、存在的主要问题及改进情况
无。
\f"""

TRUTH = {
    'new_received': [177, 3, 2, 12, 12, 12, 218],
    'carried_over': [0, 1, 0, 1, 0, 11, 13],
    'granted': [16, 0, 0, 0, 0, 5, 21],
    'partially_granted': [17, 0, 0, 0, 1, 4, 22],
    'denied_state_secret': [10, 0, 0, 0, 1, 0, 11],
    'denied_prohibited_by_law': [21, 0, 0, 0, 1, 1, 23],
    'denied_security_stability': [8, 0, 0, 0, 0, 1, 9],
    'denied_third_party_rights': [9, 0, 0, 0, 0, 2, 11],
    'denied_internal_affairs': [7, 0, 0, 1, 0, 0, 8],
    'denied_process_information': [5, 0, 0, 0, 2, 1, 8],
    'denied_enforcement_files': [7, 0, 0, 0, 1, 1, 9],
    'denied_administrative_query': [8, 0, 0, 0, 0, 2, 10],
    'unavailable_not_held': [6, 0, 1, 0, 1, 1, 9],
    'unavailable_needs_creation': [4, 1, 0, 0, 0, 0, 5],
    'unavailable_unclear': [6, 0, 0, 1, 0, 0, 7],
    'rejected_petition': [8, 1, 0, 0, 0, 1, 10],
    'rejected_duplicate': [7, 0, 0, 0, 0, 0, 7],
    'rejected_publication': [4, 0, 0, 0, 1, 1, 6],
    'rejected_excessive': [9, 0, 0, 0, 1, 1, 11],
    'rejected_confirmation': [6, 1, 0, 0, 1, 0, 8],
    'other_no_correction': [3, 0, 0, 0, 0, 1, 4],
    'other_no_fee_paid': [6, 0, 1, 1, 1, 0, 9],
    'other_misc': [9, 1, 0, 0, 1, 0, 11],
    'results_total': [176, 4, 2, 3, 12, 22, 219],
    'carried_forward': [1, 0, 0, 10, 0, 1, 12],
}


def _read() -> dict[str, list[tuple[int | None, str]]]:
    read = applications_of(parse_text(TABLE, "x_chromium_pdftotext.txt"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in read.items()}


def test_no_cell_of_the_stacked_table_is_read_wrong():
    for key, cells in _read().items():
        for (value, state), want in zip(cells, TRUTH[key], strict=True):
            assert state == "unknown" or value == want, (key, value, state, want)


def test_a_row_printing_zeros_and_a_word_short_is_read_by_its_stacked_total_never_with_a_blank():
    read = _read()["rejected_excessive"]
    # `４.无正当 … １` / `９ ０ ０ ０ １ １` / `理由… １`: 11 from its pieces, never 10 (the last 1 a cut total)
    assert read[6] != (10, "recovered")
    assert all(state == "unknown" or value == want for (value, state), want in zip(read, TRUTH["rejected_excessive"]))
    assert read[6] == (11, "recovered")
