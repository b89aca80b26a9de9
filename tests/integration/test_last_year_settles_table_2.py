"""A season run reads a crawled report with its agency's report of the year before from the parse
cache: table 2 cells its own text leaves ambiguous reach the warehouse recovered, with the warning
that says last year chose them."""

from __future__ import annotations

import pytest

from tests.integration.conftest import materialize
from tests.unit.test_crawl_recovery import page_of

pytestmark = pytest.mark.integration


def test_a_run_settles_a_crawled_table_2_with_last_years_report(tmp_path):
    landing, warehouse = tmp_path / "landing", tmp_path / "warehouse"
    landing.mkdir()
    (landing / "2021.txt").write_text(page_of(2021, " 4 0 16"), encoding="utf-8")  # 4, 0, 16 printed apart
    (landing / "2022.txt").write_text(page_of(2022, "5615"), encoding="utf-8")  # 5, 6, 15 run together
    built = materialize(landing, warehouse)
    assert built.result.success
    rows = built.query("SELECT metric, value, cell_state FROM fct_disclosures "
                       "WHERE report_year = 2022 AND item = 'normative_documents' ORDER BY metric")
    assert [(metric, int(value), state) for metric, value, state in rows] == \
        [("in_force", 15, "recovered"), ("issued", 5, "recovered"), ("repealed", 6, "recovered")]
