-- Table 4, one row per report x proceeding x outcome. Rename/cast only.
select
    cast(report_id as varchar) as report_id,
    cast(report_year as integer) as report_year,
    cast(proceeding as varchar) as proceeding,
    cast(outcome as varchar) as outcome,
    cast(cases as bigint) as cases,
    cast(value_as_written as varchar) as value_as_written,
    cast(cell_state as varchar) as cell_state,
    cast(source_line as integer) as source_line,
    cast(ocr_confidence as decimal(4, 3)) as ocr_confidence
from {{ ref('staged_reviews') }}
