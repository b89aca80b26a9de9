from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
SAMPLES_DIR = ROOT / "samples" / "reports"
# A folder the processes of one pytest session share (the xdist workers inherit it from the process
# that starts them), for what each would otherwise compute again (tests/dbt_sql.py); removed at the end.
SESSION_SHARED_DIR = "GDW_TESTS_SESSION_DIR"


def seed(prefix: str) -> Path:
    """A seed file by its number prefix; the seeds are real reports and CI always has them."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"{SEEDS_DIR} is not here (CI always has it)")
    matches = sorted(SEEDS_DIR.glob(f"{prefix}_*"))
    assert matches, f"no seed {prefix}_* in {SEEDS_DIR}"
    return matches[0]


def shared_fixture_groups(items: list[pytest.Item]) -> dict[str, str]:
    """nodeid -> xdist group, for the tests that share a fixture of module or session scope defined in
    tests/ (a warehouse, a parsed scan, a server). Tests that share such a fixture, directly or through
    a test that uses it with another one, form one group, so that each fixture is built once in all,
    on one worker, and not once on each worker that runs one of its tests. A group a module names
    itself (pytest.mark.xdist_group) joins the same way and names the group; else the group is named
    after its first session fixture in name order (or module fixture, when it has none)."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    nodes_of: dict[str, list[str]] = {}
    for item in items:
        definitions = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
        nodes = sorted(f"{defs[-1].scope}:{defs[-1].baseid}:{name}" for name, defs in definitions.items()
                       if defs and defs[-1].scope in ("module", "package", "session")
                       and getattr(defs[-1].func, "__module__", "").startswith("tests."))
        if marker := item.get_closest_marker("xdist_group"):
            nodes.insert(0, f"group:{marker.args[0] if marker.args else marker.kwargs['name']}")
        nodes_of[item.nodeid] = nodes
        for node in nodes:
            parent[root(node)] = root(nodes[0])
    members: dict[str, list[str]] = {}
    for node in parent:
        members.setdefault(root(node), []).append(node)

    def name_of(nodes: list[str]) -> str:
        rank = {"group": 0, "session": 1, "package": 2, "module": 3}
        return min((rank[node.partition(":")[0]], node.rpartition(":")[2]) for node in nodes)[1]

    names = {component: name_of(nodes) for component, nodes in members.items()}
    return {nodeid: names[root(nodes[0])] for nodeid, nodes in nodes_of.items() if nodes}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "graph_runs(n): the module runs the whole graph n times; it starts "
                            "before lighter tests (tests/conftest.py: heaviest_first)")
    if not hasattr(config, "workerinput") and SESSION_SHARED_DIR not in os.environ:  # not on a worker
        shared = tempfile.mkdtemp(prefix="gdw-tests-")
        os.environ[SESSION_SHARED_DIR] = shared

        def remove() -> None:
            shutil.rmtree(shared, ignore_errors=True)
            os.environ.pop(SESSION_SHARED_DIR, None)

        config.add_cleanup(remove)


def graph_runs(item: pytest.Item) -> int:
    """How many runs of the graph a test makes, as its module says (pytest.mark.graph_runs)."""
    marker = item.get_closest_marker("graph_runs")
    return marker.args[0] if marker else 0


def heaviest_first(items: list[pytest.Item]) -> None:
    """Order `items` (in place) by the runs of the graph their module makes, most first; the other
    tests after them, in their order, and each module's tests in theirs. pytest-xdist's
    `--dist loadgroup` hands out its largest groups first, then the units of one size in this order:
    a long test alone (e.g. the season of runs) then starts while the other worker still has work,
    not last, when it would run on its own while the other worker waits."""
    runs: dict[object, int] = {}
    for item in items:
        runs[item.path] = max(runs.get(item.path, 0), graph_runs(item))
    items.sort(key=lambda item: -runs[item.path])  # stable: the order of the rest is kept


@pytest.hookimpl(wrapper=True)  # around pytest-xdist's hook, which names each test's group
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]):
    """The tests that run the graph most first (heaviest_first). Each test that shares a module or
    session fixture joins that fixture's xdist_group (Makefile `test`: --dist loadgroup runs a group
    on one worker; shared_fixture_groups).

    Then, on a worker of `--dist loadgroup`, stop if xdist did not group the tests: some pytest and
    xdist versions together silently drop the groups (pytest-xdist issue 1386), and then each
    session warehouse is built on every worker."""
    heaviest_first(items)
    groups = shared_fixture_groups(items)
    for item in items:
        if item.nodeid in groups:
            item.add_marker(pytest.mark.xdist_group(groups[item.nodeid]))
    yield
    if not getattr(config.option, "loadgroup", False):
        return
    lost = [item.nodeid for item in items if item.get_closest_marker("xdist_group") and "@" not in item.nodeid]
    if lost:
        raise pytest.UsageError(f"pytest-xdist did not group {len(lost)} tests, e.g. {lost[0]}: check the "
                                "pytest and pytest-xdist versions (pyproject.toml)")
