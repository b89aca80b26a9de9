"""`pdftotext -layout` of Chromium's print, table 3 in full-width digits, its narrow columns (自然人, 总计) two glyphs
wide: a figure of three digits or more wraps two glyphs a line round its row's line, and the row's label wraps round
that line too, so both pieces stand on the label's lines, a glyph or two off each other (`1.申请人…不再处理其 １０ …
１０` / the row's line, `/` in each other column / `政府信息公开申请 ９ … ９` for 109 and 109). Read from the label's
first line (10 and 10, keeping the row's sum with its blanks), the pieces were taken for the figures; the row's cells
are its line's, the pieces' columns unknown. Made-up figures (benchmarks/fuzz_stacked_glyphs.py layout --pairs, seed
179: a header packed as Chromium's narrow one)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE, applications_of

LINES = (
    '三、收到和处理政府信息公开申请情况',
    '                                  申请人情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于 自 然     法人或其他组织      总',
    '       第三项加第四项之和）            商业 科研 社会公  法律服 其',
    '                          人 企业 机构 益组织 务机构 他 计',
    '      一、本年新收政府信息公开申请                       ２３                     ２３',
    '                                                １   １   １２  ３   １',
    '      数量                                  １９                    ３７',
    '      二、上年结转政府信息公开申请数量                      １１  ２   /   ２   ２   /  １７',
    '    三、本年度办理结果',
    '                                            １８                     １８',
    '      （一）予以公开                                   /   /   １   /   /',
    '                                            ４                      ５',
    '                                            ２０                     ２０',
    '      （二）部分公开（区分处理的，只计这一                        /   /   /   /   /',
    '                                            １                      １',
    '      情形，不计其他情形）',
    '    （三）不予公开',
    '      1.属于国                              １８                     １８',
    '                                                /   /   /   １   １',
    '      家秘密                                   ３                    ５',
    '      2.其他法律行政法                             １７                   １７',
    '                                                /   /   /   /   /',
    '      规禁止公开                                 ３                   ３',
    '      3.危及“',
    '                                            ８４  /   /   １   /   /  ８５',
    '      三安全一稳定”',
    '      4.保',
    '                                            ８６  /   /   /   １   /  ８７',
    '      护第三方合法权益',
    '      5.属于三类',
    '                                            ８０  /   /   /   /   /  ８０',
    '      内部事务信息',
    '      6.属于',
    '                                            ８６  /   /   /   /   /  ８６',
    '      四类过程性信息',
    '      7.属于行政执法案卷                            ８５  １   /   /   /   /  ８６',
    '      8.属',
    '                                            ９３  /   /   １   /   /  ９４',
    '      于行政查询事项',
    '    （四）无法提供',
    '                                            １０                     １０',
    '      1.本机关不掌握相关政府信息                            /   /   /   /   /',
    '                                            ３                      ３',
    '      2.没有现成信息需要另行',
    '                                            ９５  /   /   /   /   /  ９５',
    '      制作',
    '      3.补正后申请内容仍不明确                         ９７  １   /   /   /   /  ９８',
    '    （五）不予处理',
    '      1.信访举报投诉类申请                           ９７  /   /   /   /   /  ９７',
    '      2.重复申请                                ７８  /   /   /   /   /  ７８',
    '      3.要求提供                                １２                     １２',
    '                                                /   /   /   １   /',
    '      公开出版物                              １                       ２',
    '      4.无正当理由大量反复申请                         ７６  /   /   /   /   /  ７６',
    '      5.要求行政机关确认或重新出具已                    １０                     １０',
    '                                                /   /   /   /   /',
    '      获取信息                               ３                        ３',
    '    （六）其他处理',
    '      1.申请人无正当理由逾期不补正、行政机关不再处理其          １０                      １０',
    '                                                /   /   /   /   /',
    '      政府信息公开申请                           ９                      ９',
    '      2.申',
    '                                            ９２  １   /   １   /   /  ９４',
    '      请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '                                            １０                     １０',
    '      3.其他                                      /   /   /   １   /',
    '                                            ２                      ３',
    '                                            ２３                     ２３',
    '      （七）总计                                     ３   /   ４   ４   １',
    '                                            ２８                     ４０',
    '      四、结转下年度继续办理                           ２   /   １   １０  １   /  １４',
)
TEXT = TITLE + "\n".join(LINES) + "\n\n四、政府信息公开行政复议、行政诉讼情况\n"


def test_pieces_on_a_wrapped_labels_first_and_last_lines_are_never_read_as_its_figures():
    read = applications_of(parse_text(TEXT, "x_chromium_pdftotext.txt"))
    assert [(cell.state, cell.value) for cell in read["other_no_correction"]] == [
        ("unknown", None), *[("blank", None)] * 5, ("unknown", None)]


def test_no_cell_of_the_table_is_read_other_than_printed():
    read = applications_of(parse_text(TEXT, "x_chromium_pdftotext.txt"))
    truth = {'new_received': [2319, 1, 1, 12, 3, 1, 2337], 'carried_over': [11, 2, None, 2, 2, None, 17], 'granted': [184, None, None, 1, None, None, 185], 'partially_granted': [201, None, None, None, None, None, 201], 'denied_state_secret': [183, None, None, None, 1, 1, 185], 'denied_prohibited_by_law': [173, None, None, None, None, None, 173], 'denied_security_stability': [84, None, None, 1, None, None, 85], 'denied_third_party_rights': [86, None, None, None, 1, None, 87], 'denied_internal_affairs': [80, None, None, None, None, None, 80], 'denied_process_information': [86, None, None, None, None, None, 86], 'denied_enforcement_files': [85, 1, None, None, None, None, 86], 'denied_administrative_query': [93, None, None, 1, None, None, 94], 'unavailable_not_held': [103, None, None, None, None, None, 103], 'unavailable_needs_creation': [95, None, None, None, None, None, 95], 'unavailable_unclear': [97, 1, None, None, None, None, 98], 'rejected_petition': [97, None, None, None, None, None, 97], 'rejected_duplicate': [78, None, None, None, None, None, 78], 'rejected_publication': [121, None, None, None, 1, None, 122], 'rejected_excessive': [76, None, None, None, None, None, 76], 'rejected_confirmation': [103, None, None, None, None, None, 103], 'other_no_correction': [109, None, None, None, None, None, 109], 'other_no_fee_paid': [92, 1, None, 1, None, None, 94], 'other_misc': [102, None, None, None, 1, None, 103], 'results_total': [2328, 3, None, 4, 4, 1, 2340], 'carried_forward': [2, None, 1, 10, 1, None, 14]}
    for key, figures in truth.items():
        for cell, figure in zip(read[key], figures, strict=True):
            assert cell.state == "unknown" or cell.value == figure, (key, read[key])
