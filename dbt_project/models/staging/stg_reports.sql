-- One row per parsed report file. Rename/cast only.
select
    cast(report_id as varchar) as report_id,
    cast(sha256 as varchar) as sha256,
    cast(source_file as varchar) as source_file,
    cast(file_name as varchar) as file_name,
    cast(size_bytes as bigint) as size_bytes,
    cast(encoding as varchar) as encoding,
    cast(agency_id as varchar) as agency_id,
    cast(agency_name as varchar) as agency_name,
    cast(agency_name_as_written as varchar) as agency_name_as_written,
    cast(province as varchar) as province,
    cast(city as varchar) as city,
    cast(county as varchar) as county,
    cast(report_year as integer) as report_year,
    cast(template as varchar) as template,
    cast(template_source as varchar) as template_source,
    cast(status as varchar) as status,
    cast(warning_count as integer) as warning_count,
    cast(unknown_cell_count as integer) as unknown_cell_count,
    cast(parser_version as varchar) as parser_version,
    cast(parsed_at as timestamp) as parsed_at
from {{ source('staging', 'reports') }}
