-- Parser warnings, one row per warning. Rename/cast only.
select
    cast(report_id as varchar) as report_id,
    cast(report_year as integer) as report_year,
    cast(code as varchar) as code,
    cast(message as varchar) as message,
    cast(source_line as integer) as source_line
from {{ ref('staged_warnings') }}
