"""`dagster dev` rebuilds dbt's manifest when it loads the code location. It must do so with the dbt
installed beside this Python: a user who runs `make dev` (or `dagster dev`) without activating the
virtualenv has no `dbt` on PATH, and the location then failed to load."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from orchestration.defs.resources import build_dbt_project


def test_under_dagster_dev_the_manifest_is_built_without_dbt_on_path(tmp_path, monkeypatch):
    venv_bin = str(Path(sys.executable).parent)
    path_without_the_venv = os.pathsep.join(
        d for d in os.environ.get("PATH", "").split(os.pathsep) if d and d != venv_bin)
    monkeypatch.setenv("PATH", path_without_the_venv)
    monkeypatch.setenv("DAGSTER_IS_DEV_CLI", "1")
    target = tmp_path / "target"

    project = build_dbt_project(target_path=target)

    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert project.manifest_path == target / "manifest.json"
    assert any(key.startswith("model.") and key.endswith(".fct_applications") for key in manifest["nodes"])
