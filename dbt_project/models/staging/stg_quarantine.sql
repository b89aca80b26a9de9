-- Files that could not be read as a report, one row per file. Rename/cast only.
select
    cast(sha256 as varchar) as sha256,
    cast(source_file as varchar) as source_file,
    cast(file_name as varchar) as file_name,
    cast(size_bytes as bigint) as size_bytes,
    cast(report_year as integer) as report_year,
    cast(reason_code as varchar) as reason_code,
    cast(reason as varchar) as reason,
    cast(parser_version as varchar) as parser_version,
    cast(quarantined_at as timestamp) as quarantined_at
from {{ ref('staged_quarantine') }}
