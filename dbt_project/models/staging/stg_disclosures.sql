-- Table 2, one row per report x item x metric. Rename/cast only.
select
    cast(report_id as varchar) as report_id,
    cast(report_year as integer) as report_year,
    cast(item as varchar) as item,
    cast(metric as varchar) as metric,
    cast(value as decimal(18, 4)) as value,
    cast(value_as_written as varchar) as value_as_written,
    cast(cell_state as varchar) as cell_state,
    cast(unit_assumed as boolean) as unit_assumed,
    cast(source_line as integer) as source_line,
    cast(ocr_confidence as decimal(4, 3)) as ocr_confidence
from {{ ref('staged_disclosures') }}
