"""Table 3's group numbering (（一）予以公开 … （七）总计): a converter's pipe row whose own cells hold another group's
bracketed numbering (a torn heading's piece set beside its own rows) is not the row a label alignment took it for."""

from __future__ import annotations

from orchestration.parsing.group_numbering import group_numeral, numbers_another_group


def test_each_outcome_row_has_its_groups_numeral_and_intake_rows_none():
    assert group_numeral("partially_granted") == "二"
    assert group_numeral("denied_state_secret") == "三"
    assert group_numeral("unavailable_unclear") == "四"
    assert group_numeral("rejected_confirmation") == "五"
    assert group_numeral("other_misc") == group_numeral("other") == "六"
    assert group_numeral("results_total") == "七"
    assert group_numeral("new_received") is None and group_numeral("carried_forward") is None


def test_a_heading_piece_of_another_group_names_another_row():
    # `| 果 （三 | 1.属 | - - | … |` (markitdown of LibreOffice's PDF of a DOCX) taken for （二）部分公开
    assert numbers_another_group("果 （三 1 . 属", "partially_granted")
    assert not numbers_another_group("果 （三 1 . 属", "denied_state_secret")
    assert not numbers_another_group("理结 （二）部分公", "partially_granted")
    assert not numbers_another_group("2.其", "denied_prohibited_by_law")  # no numbering: nothing said
    assert not numbers_another_group("（三 1 . 属", "new_received")  # numbered without brackets: not asked
