"""Small helpers that turn DataFrames into Dagster metadata (row counts and previews)."""

from __future__ import annotations

import dagster as dg
import pandas as pd


def markdown_table(df: pd.DataFrame, limit: int = 10) -> str:
    """A markdown preview without the optional `tabulate` dependency."""
    head = df.head(limit)
    if head.empty:
        return "_no rows_"
    columns = [str(c) for c in head.columns]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in head.itertuples(index=False):
        cells = ["" if pd.isna(v) else str(v).replace("|", "\\|").replace("\n", " ")[:60] for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def table_metadata(df: pd.DataFrame, row_count: int | None = None, **extra) -> dict:
    """Row count (of the whole table when given, else of `df`) and a preview of `df`."""
    return {
        "dagster/row_count": dg.MetadataValue.int(len(df) if row_count is None else int(row_count)),
        "preview": dg.MetadataValue.md(markdown_table(df)),
        **extra,
    }
