-- One row per report file, with counts of its parser warnings and rule findings.
with reports as (

    select * from {{ ref('stg_reports') }}

),

-- The URL each harvested report was first landed from (NULL for a file put in the folder by hand).
harvested as (

    select
        sha256,
        url as source_url,
        fetched_at,
        row_number() over (partition by sha256 order by fetched_at, fetch_id) as nth
    from {{ ref('stg_fetch_log') }}
    where outcome = 'landed'

),

rule_counts as (

    select
        report_id,
        sum(case when status = 'failed' then 1 else 0 end) as rules_failed,
        sum(case when status = 'not_evaluable' then 1 else 0 end) as rules_not_evaluable
    from {{ ref('stg_rule_results') }}
    group by report_id

)

select
    cast(reports.report_id as varchar) as report_id,
    cast(reports.agency_id as varchar) as agency_id,
    cast(reports.agency_name as varchar) as agency_name,
    cast(reports.report_year as integer) as report_year,
    cast(reports.template as varchar) as template,
    cast(reports.template_source as varchar) as template_source,
    cast(reports.status as varchar) as status,
    cast(reports.source_file as varchar) as source_file,
    cast(reports.file_name as varchar) as file_name,
    cast(reports.sha256 as varchar) as sha256,
    cast(reports.size_bytes as bigint) as size_bytes,
    cast(reports.encoding as varchar) as encoding,
    cast(reports.warning_count as integer) as warning_count,
    cast(reports.unknown_cell_count as integer) as unknown_cell_count,
    cast(coalesce(rule_counts.rules_failed, 0) as integer) as rules_failed,
    cast(coalesce(rule_counts.rules_not_evaluable, 0) as integer) as rules_not_evaluable,
    cast(reports.parser_version as varchar) as parser_version,
    cast(reports.parsed_at as timestamp) as parsed_at,
    cast(harvested.source_url as varchar) as source_url,
    cast(harvested.fetched_at as timestamp) as fetched_at,
    cast(reports.source_format as varchar) as source_format,
    cast(reports.source_format in ('ocr_pdf', 'ocr_image') as boolean) as read_by_ocr
from reports
left join rule_counts
    on reports.report_id = rule_counts.report_id
left join harvested
    on reports.sha256 = harvested.sha256 and harvested.nth = 1
