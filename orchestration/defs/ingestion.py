"""Ingestion: every file of the landing folder, with its size and content hash."""


import hashlib
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from .harvest import HARVESTED_REPORTS
from .metadata import table_metadata
from .resources import WRITER_RETRY, LandingFolder

RAW_REPORTS = dg.AssetKey(["landing", "raw_reports"])


def scan_landing(folder: Path) -> pd.DataFrame:
    """One row per file below `folder` (hidden files skipped): path, name, size, sha256."""
    if not folder.is_dir():
        raise FileNotFoundError(f"landing folder {folder} does not exist (set GDW_LANDING_DIR)")
    rows = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        data = path.read_bytes()
        rows.append((str(path), path.name, len(data), hashlib.sha256(data).hexdigest()))
    frame = pd.DataFrame(rows, columns=["source_file", "file_name", "size_bytes", "sha256"])
    frame["scanned_at"] = datetime.now(UTC).replace(tzinfo=None)
    return frame


@dg.asset(
    key=RAW_REPORTS,
    deps=[HARVESTED_REPORTS],  # harvested files land in the landing folder's harvested/<site>/
    group_name="ingestion",
    kinds={"python", "duckdb"},
    pool="duckdb_write",
    retry_policy=WRITER_RETRY,
    description="Every file in the landing folder (GDW_LANDING_DIR) with its path, size and sha256. "
    "The hash is what later stages use to skip files they have already parsed.",
)
def raw_reports(context: dg.AssetExecutionContext, landing: LandingFolder, warehouse: DuckDBResource) -> dg.MaterializeResult:
    frame = scan_landing(Path(landing.path))
    Path(warehouse.database).parent.mkdir(parents=True, exist_ok=True)
    with warehouse.get_connection() as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS landing")
        known = set()
        if con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema='landing' AND table_name='raw_reports'").fetchall()[0][0]:
            known = {row[0] for row in con.execute("SELECT sha256 FROM landing.raw_reports").fetchall()}
        con.register("frame", frame)
        con.execute("CREATE OR REPLACE TABLE landing.raw_reports AS SELECT * FROM frame")
        con.unregister("frame")
    new = int((~frame["sha256"].isin(known)).sum())
    context.log.info(f"{len(frame)} files in {landing.path}; {new} new or changed since the last scan")
    return dg.MaterializeResult(
        metadata=table_metadata(
            frame[["file_name", "size_bytes", "sha256"]],
            landing_dir=dg.MetadataValue.path(landing.path),
            new_or_changed_files=dg.MetadataValue.int(new),
            total_bytes=dg.MetadataValue.int(int(frame["size_bytes"].sum())),
        )
    )
