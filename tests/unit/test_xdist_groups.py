"""The xdist groups of `make test` (tests/conftest.py): a fixture of module or session scope is built
on one worker only, because every test that uses it is in one group."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest

from tests.conftest import shared_fixture_groups


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
