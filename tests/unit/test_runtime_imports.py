"""The runtime does not carry the test-report generators: importing gdw's parsing, rules, CLI and
evaluation loads neither `testkit` nor reportlab, and an install without the dev extra does not
pull reportlab in."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import importlib, json, pkgutil, sys
import orchestration.core, orchestration.parsing
names = []
for package in (orchestration.core, orchestration.parsing):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
        names.append(module.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("testkit", "reportlab")
                or m.endswith((".corpus", ".samples")))
print(json.dumps({"imported": names, "generators": loaded}))
"""


def test_importing_the_runtime_loads_no_generator_and_no_reportlab():
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "orchestration.core.cli" in result["imported"]
    assert "orchestration.core.evaluation" in result["imported"]
    assert "orchestration.parsing.parse" in result["imported"]
    assert result["generators"] == []


def test_reportlab_is_a_development_dependency_only():
    reportlab = [r for r in requires("gdw") or [] if r.lower().startswith("reportlab")]
    assert reportlab, "the dev extra must still bring reportlab for the corpus generator"
    assert all("extra" in r and "dev" in r for r in reportlab), reportlab
