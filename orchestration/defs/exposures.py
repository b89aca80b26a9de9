"""dbt exposures (dbt_project/models/exposures.yml) as Dagster assets of the group `bi`.

dagster-dbt 0.29 reads exposures from the manifest but makes no assets of them, so each becomes
an external AssetSpec downstream of the models it reads: the graph shows which BI consumers a
mart feeds. An exposure whose meta names a real Dagster asset (meta.dagster.asset_key, e.g. the
season report) is that asset and gets no spec of its own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import dagster as dg

from .resources import DBT_MANIFEST_PATH
from .warehouse import WarehouseTranslator


def exposure_asset_key(exposure: Mapping[str, Any]) -> dg.AssetKey:
    named = ((exposure.get("config") or {}).get("meta") or exposure.get("meta") or {}).get("dagster", {}).get("asset_key")
    return dg.AssetKey(named) if named else dg.AssetKey(["bi", exposure["name"]])


def exposure_upstream(manifest: Mapping[str, Any], exposure: Mapping[str, Any]) -> list[dg.AssetKey]:
    translator = WarehouseTranslator()
    nodes = {**manifest["nodes"], **manifest["sources"]}
    return [translator.get_asset_key(nodes[unique_id]) for unique_id in exposure["depends_on"]["nodes"]]


def exposure_specs(manifest: Mapping[str, Any], skip: set[dg.AssetKey] = frozenset()) -> list[dg.AssetSpec]:
    specs = []
    for exposure in manifest.get("exposures", {}).values():
        key = exposure_asset_key(exposure)
        if key in skip:
            continue
        owner = (exposure.get("owner") or {}).get("name")
        specs.append(
            dg.AssetSpec(
                key,
                deps=exposure_upstream(manifest, exposure),
                group_name="bi",
                description=(exposure.get("description") or "").strip(),
                kinds={"dbt"},
                tags={"dbt_exposure_type": exposure["type"]},
                metadata={
                    "dbt_exposure": exposure["name"],
                    "label": exposure.get("label") or exposure["name"],
                    "type": exposure["type"],
                    "maturity": exposure.get("maturity") or "",
                    "owner": owner or "",
                    **({"url": dg.MetadataValue.url(exposure["url"])} if exposure.get("url") else {}),
                },
            )
        )
    return specs


def load_manifest() -> dict:
    return json.loads(DBT_MANIFEST_PATH.read_text())
