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
