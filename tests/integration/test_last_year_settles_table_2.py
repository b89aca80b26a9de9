"""A season run reads a crawled report with its agency's report of the year before from the parse
cache: table 2 cells its own text leaves ambiguous reach the warehouse recovered, with the warning
that says last year chose them."""

from __future__ import annotations

import pytest

from tests.integration.conftest import CRAWLED

pytestmark = pytest.mark.integration


def test_a_run_settles_a_crawled_table_2_with_last_years_report(untidy_warehouse):
    # 2021's page prints 4, 0, 16 apart; 2022's runs 5, 6, 15 together as `5615` (conftest: CRAWLED)
    built = untidy_warehouse.built
    assert built.result.success
    rows = built.query("SELECT f.metric, f.value, f.cell_state FROM fct_disclosures f JOIN dim_report d USING (report_id) "
                       "WHERE d.file_name = ? AND f.item = 'normative_documents' ORDER BY f.metric", [CRAWLED[2022][0]])
    assert [(metric, int(value), state) for metric, value, state in rows] == \
        [("in_force", 15, "recovered"), ("issued", 5, "recovered"), ("repealed", 6, "recovered")]
