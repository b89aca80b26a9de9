"""The Data Docs of a run's checks: GX's Jinja templates are compiled once per process, not once per
page (gx_adapter.keep_compiled_templates), and the pages are the same as without the cache."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from orchestration.quality import gx_adapter as gxa

# A made-up statutory suite of the shape of expectations/ (a pair of columns that must agree).
SUITE = {
    "name": "made_up_balance",
    "meta": {"asset": "fct_made_up", "kind": "statutory", "rule_id": "MADE_UP", "description": "made up",
             "frame_sql": "SELECT 1"},
    "expectations": [
        {"type": "expect_column_pair_values_to_be_equal", "kwargs": {"column_A": "expected", "column_B": "actual"},
         "severity": "warning"},
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "report_id"}, "severity": "critical"},
    ],
}
FRAME = pd.DataFrame({"report_id": ["r1", "r2", "r3"], "scope": ["total"] * 3,
                      "expected": [1.0, 2.0, 3.0], "actual": [1.0, 2.5, 3.0]})


@pytest.fixture
def compiles(monkeypatch) -> list[str]:
    """The names of the templates Jinja compiles from now on."""
    from jinja2 import Environment

    names: list[str] = []
    compile_template = Environment.compile

    def counted(self, source, name=None, filename=None, *args, **kwargs):
        names.append(name)
        return compile_template(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", counted)
    return names


def test_a_second_check_of_the_run_compiles_no_template(tmp_path, compiles):
    first = gxa.validate_frame({**SUITE, "name": "made_up_first"}, FRAME, docs_root=tmp_path)
    assert first.data_docs_url.startswith("file:")
    compiles.clear()
    second = gxa.validate_frame({**SUITE, "name": "made_up_second"}, FRAME, docs_root=tmp_path)
    assert second.data_docs_url.startswith("file:")
    assert compiles == []  # GX made new views for the page and the index; their templates were kept


def test_pages_rendered_from_kept_templates_have_the_projects_styles(tmp_path):
    """GX hands a view its custom styles folder only through the arguments its constructor names:
    the cache must leave the views' construction as it is, and pages still include those styles."""
    for name in ("made_up_first", "made_up_second"):
        outcome = gxa.validate_frame({**SUITE, "name": name}, FRAME, docs_root=tmp_path)
    styles = (tmp_path / "gx" / "plugins" / "custom_data_docs" / "styles" / "data_docs_custom_styles.css").read_text(
        encoding="utf-8")
    assert styles.strip()
    site_index = gxa.data_docs_site(tmp_path) / "index.html"
    for page in (site_index, Path(outcome.data_docs_url.removeprefix("file://"))):
        assert styles.strip() in page.read_text(encoding="utf-8"), page
    assert "made_up_first" in site_index.read_text(encoding="utf-8")
