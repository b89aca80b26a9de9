"""The xdist groups of `make test` (tests/conftest.py): a fixture of module or session scope is built
on one worker only, because every test that uses it is in one group; and the tests that run the
graph most are handed out first."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest

from tests.conftest import heaviest_first, shared_fixture_groups


def from_tests():
    """A fixture function defined in tests/ (its module's name starts with `tests.`)."""


from_tests.__module__ = "tests.integration.conftest"


def from_a_plugin():
    """A fixture function of pytest or a plugin (tmp_path_factory, monkeypatch, ...)."""


from_a_plugin.__module__ = "_pytest.tmpdir"


@dataclass
class FakeItem:
    nodeid: str
    fixtures: dict[str, tuple[str, object]]  # name -> (scope, function)
    group: str | None = None
    _fixtureinfo: SimpleNamespace = field(init=False)

    def __post_init__(self):
        self._fixtureinfo = SimpleNamespace(name2fixturedefs={
            name: [SimpleNamespace(scope=scope, baseid="tests/integration", func=func)]
            for name, (scope, func) in self.fixtures.items()})

    def get_closest_marker(self, name):
        return pytest.mark.xdist_group(self.group).mark if name == "xdist_group" and self.group else None


def item(nodeid, *session, module=(), function=(), plugin=(), group=None) -> FakeItem:
    fixtures = {name: ("session", from_tests) for name in session}
    fixtures |= {name: ("module", from_tests) for name in module}
    fixtures |= {name: ("function", from_tests) for name in function}
    fixtures |= {name: ("session", from_a_plugin) for name in plugin}
    return FakeItem(nodeid, fixtures, group)


def test_tests_sharing_a_fixture_directly_or_through_another_test_are_one_group():
    items = [
        item("seeds_a", "seeds_warehouse", plugin=["tmp_path_factory"]),
        item("samples_a", "samples_warehouse", "postgres_server"),
        item("both", "seeds_warehouse", "postgres_server"),  # joins the seeds and the samples tests
        item("backfill", "seeds_warehouse", module=["backfilled"]),
        item("rules_a", "rules_warehouse", "rules_landing"),
        item("rules_b", "rules_landing", function=["tmp_path"]),
        item("ocr_a", module=["scans"]),
        item("ocr_b", module=["scans", "text_version"]),
        item("alone", function=["tmp_path"], plugin=["tmp_path_factory"]),
    ]
    groups = shared_fixture_groups(items)
    assert groups == {"seeds_a": "postgres_server", "samples_a": "postgres_server", "both": "postgres_server",
                      "backfill": "postgres_server", "rules_a": "rules_landing", "rules_b": "rules_landing",
                      "ocr_a": "scans", "ocr_b": "scans"}  # a plugin's session fixture groups nothing


def test_a_group_a_module_names_itself_takes_in_the_tests_of_its_fixtures():
    items = [item("picks_at_run_time", group="warehouses"),  # request.getfixturevalue: no fixture seen
             item("picks_too", "postgres_server", group="warehouses"),
             item("seeds", "seeds_warehouse", "postgres_server")]
    assert shared_fixture_groups(items) == {"picks_at_run_time": "warehouses", "picks_too": "warehouses",
                                            "seeds": "warehouses"}


@dataclass
class ModuleItem:
    """A test of a module, with the runs of the graph its module marks."""

    path: str
    name: str
    runs: int | None = None

    def get_closest_marker(self, name):
        return pytest.mark.graph_runs(self.runs).mark if name == "graph_runs" and self.runs is not None else None


def test_the_modules_that_run_the_graph_most_go_first_and_the_rest_keep_their_order():
    items = [ModuleItem("e2e/test_make_run.py", "make_run", 1),
             ModuleItem("integration/test_bi.py", "a"), ModuleItem("integration/test_bi.py", "b"),
             ModuleItem("integration/test_season.py", "first_step", 7),
             ModuleItem("integration/test_season.py", "unmarked_in_a_marked_module"),  # stays with its module
             ModuleItem("e2e/test_kill.py", "kill", 2),
             ModuleItem("unit/test_cells.py", "c"), ModuleItem("unit/test_agency.py", "d")]
    heaviest_first(items)
    assert [item.name for item in items] == ["first_step", "unmarked_in_a_marked_module", "kill", "make_run",
                                             "a", "b", "c", "d"]
