from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
SAMPLES_DIR = ROOT / "samples" / "reports"


def seed(prefix: str) -> Path:
    """A seed file by its number prefix; the seeds are real reports and CI always has them."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"{SEEDS_DIR} is not here (CI always has it)")
    matches = sorted(SEEDS_DIR.glob(f"{prefix}_*"))
    assert matches, f"no seed {prefix}_* in {SEEDS_DIR}"
    return matches[0]


@pytest.hookimpl(trylast=True)  # after pytest-xdist has named each test's group
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a worker of `--dist loadgroup` (Makefile `test`), stop if xdist did not group the tests: some
    pytest and xdist versions together silently drop the groups (pytest-xdist issue 1386), and then
    each session warehouse is built on every worker."""
    if not getattr(config.option, "loadgroup", False):
        return
    lost = [item.nodeid for item in items if item.get_closest_marker("xdist_group") and "@" not in item.nodeid]
    if lost:
        raise pytest.UsageError(f"pytest-xdist did not group {len(lost)} tests, e.g. {lost[0]}: check the "
                                "pytest and pytest-xdist versions (pyproject.toml)")
