"""`dagster dev` rebuilds dbt's manifest when it loads the code location. It must do so with the dbt
installed beside this Python: a user who runs `make dev` (or `dagster dev`) without activating the
virtualenv has no `dbt` on PATH, and the location then failed to load."""

from __future__ import annotations

import json

from orchestration.defs.resources import build_dbt_project


def test_under_dagster_dev_the_manifest_is_built_without_dbt_on_path(tmp_path, monkeypatch):
    nothing_on_path = tmp_path / "bin"  # not even a dbt installed system-wide
    nothing_on_path.mkdir()
    monkeypatch.setenv("PATH", str(nothing_on_path))
    monkeypatch.setenv("DAGSTER_IS_DEV_CLI", "1")
    target = tmp_path / "target"

    project = build_dbt_project(target_path=target)

    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert project.manifest_path == target / "manifest.json"
    assert any(key.startswith("model.") and key.endswith(".fct_applications") for key in manifest["nodes"])
