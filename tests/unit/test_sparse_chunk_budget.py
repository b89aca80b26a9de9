"""The sparse chunk search of plain pdftotext's first column beside the labels, placed every way
(application_columns' `_first_column_placings`): its placings' searches share one budget of steps, so a
table costs at most one search's bound however many ways it is placed, and a memo of what they share; a
budget spent leaves the chunks' cells unknown, never read otherwise."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest

from orchestration.parsing import application_columns as AC
from orchestration.parsing.chunks import sparse_chunk_readings
from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_pdftotext_classes import SPARSE_BESIDE, THIRD_PARTY_BESIDE, beside_the_labels
from tests.unit.test_reader_classes import ROWS, applications_of

SIZES = [3, 1, 9, 7, 3, 2]
JOINED = ("2.其他法律行政法规禁止公开\n\n3.危及“三安全一稳定”", "2.其他法律行政法规禁止公开 3.危及“三安全一稳定”")
# 3.危及…'s `1` after the line `2.其他法律… 3.危及…`: a run of three rows it may stand in, each a placing
# the column rules keep (all outcome rows), each with its own search of the chunks
PLACED_THREE_WAYS = dict(THIRD_PARTY_BESIDE, denied_third_party_rights=[None] * 7,
                         denied_security_stability=[1, None, None, None, None, None, 1])


def joined_text(figures: dict[str, list[int | None]]) -> str:
    text = beside_the_labels(figures, SIZES)
    assert JOINED[0] in text
    return text.replace(*JOINED)


def searches_of(text: str, monkeypatch) -> tuple[dict, list[tuple[int, int, bool]]]:
    """The report's table 3 and each sparse search it ran: (steps left before, after, whether it read)."""
    searches = []

    def counted(leads, figures, width, budget, memo):
        before = budget[0]
        found = sparse_chunk_readings(leads, figures, width, budget, memo)
        searches.append((before, budget[0], found is not None))
        return found

    monkeypatch.setattr(AC, "sparse_chunk_readings", counted)
    return applications_of(parse_text(text, "plain.txt")), searches


def test_the_placings_searches_share_one_budget(monkeypatch):
    read, searches = searches_of(joined_text(PLACED_THREE_WAYS), monkeypatch)
    assert len(searches) >= 3 and all(found for _, _, found in searches)
    # one budget, taken off search after search: what each starts with is what the one before left
    assert searches[0][0] == AC._SPARSE_STEPS_OF_A_TABLE
    assert all(after == before for (_, after, _), (before, _, _) in pairwise(searches))
    assert read["granted"][0].value == 2 and read["new_received"][-1].value == 18


@pytest.mark.parametrize("figures", [PLACED_THREE_WAYS, SPARSE_BESIDE])
def test_a_tables_searches_never_spend_more_than_its_budget(monkeypatch, figures):
    # however small the budget and however many placings, all the searches together spend at most it
    text = joined_text(figures)
    _, whole = searches_of(text, monkeypatch)
    spent = whole[0][0] - whole[-1][1]
    for budget in (1, spent // 2, spent - 1):
        monkeypatch.setattr(AC, "_SPARSE_STEPS_OF_A_TABLE", budget)
        _, searches = searches_of(text, monkeypatch)
        assert searches[0][0] - searches[-1][1] <= budget
        assert searches[-1][1] >= 0


def test_a_budget_spent_before_every_placing_is_searched_leaves_the_chunks_unknown(monkeypatch):
    # enough for the first placings' searches, not the last: the chunks' cells those read are not taken
    # alone (the last may read them otherwise); the first column, which the column rules read, still is
    text = joined_text(PLACED_THREE_WAYS)
    whole, searches = searches_of(text, monkeypatch)
    monkeypatch.setattr(AC, "_SPARSE_STEPS_OF_A_TABLE", searches[0][0] - searches[-1][1] - 1)
    cut, cut_searches = searches_of(text, monkeypatch)
    assert [found for _, _, found in cut_searches][:-1] == [True] * (len(cut_searches) - 1)
    assert not cut_searches[-1][2]
    assert any(cell.state != "unknown" for key in whole for cell in whole[key][1:])
    for key, _, _ in ROWS:
        assert [cell.state for cell in cut[key][1:]] == ["unknown"] * 6, key
        assert (cut[key][0].state, cut[key][0].value) == (whole[key][0].state, whole[key][0].value), key
    assert cut["granted"][0].value == 2 and cut["granted"][0].state == "recovered"


def test_a_memo_shared_by_the_placings_reads_as_each_search_alone():
    # the chunks of SPARSE_BESIDE, their first column placed three ways (the denied rows' run): each search
    # with the memo the others filled reads exactly as one of its own, and all of them spend fewer steps
    keys = [key for key, _, _ in ROWS]
    figures, at = [], 0
    for size in SIZES:
        for column in range(1, 7):
            figures += [Decimal(SPARSE_BESIDE[key][column]) for key in keys[at:at + size]
                        if SPARSE_BESIDE[key][column] is not None]
        at += size
    lead_of = {key: None if SPARSE_BESIDE[key][0] is None else Decimal(SPARSE_BESIDE[key][0]) for key in keys}
    run = keys.index("denied_state_secret")
    placings = []
    for row in range(run, run + 3):
        leads = [lead_of[key] for key in keys]
        leads[row] = Decimal(1)
        placings.append(leads)
    placings.append([lead_of[key] for key in keys])
    memo: dict = {}
    shared, alone = [1_000_000], 0
    for leads in placings:
        own = [1_000_000]
        assert sparse_chunk_readings(leads, figures, 7, shared, memo) == sparse_chunk_readings(leads, figures, 7, own)
        alone += 1_000_000 - own[0]
    assert sparse_chunk_readings(placings[-1], figures, 7) is not None
    assert 1_000_000 - shared[0] < alone
