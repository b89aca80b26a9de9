-- Table 3, one row per report x row x applicant. Rename/cast only.
select
    cast(report_id as varchar) as report_id,
    cast(report_year as integer) as report_year,
    cast({{ gdw_quote_identifier('row') }} as varchar) as {{ gdw_quote_identifier('row') }},
    cast(applicant as varchar) as applicant,
    cast(applications as bigint) as applications,
    cast(value_as_written as varchar) as value_as_written,
    cast(cell_state as varchar) as cell_state,
    cast(source_line as integer) as source_line,
    cast(ocr_confidence as decimal(4, 3)) as ocr_confidence
from {{ ref('staged_applications') }}
