-- Every landed file that is not in staging.reports, once, with the reason: together with
-- staged_reports it places each file of the landing folder in exactly one of the two.
-- Rebuilt whole in every run (a file whose year cannot be read belongs to no year).
{{ config(alias='quarantine') }}
with landed as (

    select * from {{ ref('int_landed_files') }}

),

parsed as (

    select sha256, report_year, parser_version, parsed_at from {{ source('parsing', 'reports') }}

),

cache_quarantine as (

    select sha256, report_year, reason_code, reason, parser_version, quarantined_at
    from {{ source('parsing', 'quarantine') }}

)

-- what the parser could not read as a report
select
    landed.sha256,
    landed.source_file,
    landed.file_name,
    landed.size_bytes,
    cache_quarantine.report_year,
    cache_quarantine.reason_code,
    cache_quarantine.reason,
    cache_quarantine.parser_version,
    cache_quarantine.quarantined_at
from cache_quarantine
inner join landed on cache_quarantine.sha256 = landed.sha256

union all

-- the other copies of a staged report
select
    landed.sha256,
    landed.source_file,
    landed.file_name,
    landed.size_bytes,
    parsed.report_year,
    'duplicate',
    landed.source_file || ': same content as ' || landed.staged_copy || ', which is in the warehouse',
    parsed.parser_version,
    parsed.parsed_at
from landed
inner join parsed on landed.sha256 = parsed.sha256
where not landed.is_staged_copy
    and {{ gdw_in_season('parsed.report_year') }}

union all

-- reports of a year the warehouse does not hold (every copy)
select
    landed.sha256,
    landed.source_file,
    landed.file_name,
    landed.size_bytes,
    parsed.report_year,
    'year_out_of_range',
    landed.source_file || ': a report on ' || parsed.report_year || ', outside the warehouse''s years '
    || '{{ gdw_season_span() }} (GDW_FIRST_REPORT_YEAR, GDW_LAST_REPORT_YEAR)',
    parsed.parser_version,
    parsed.parsed_at
from landed
inner join parsed on landed.sha256 = parsed.sha256
where not ({{ gdw_in_season('parsed.report_year') }})

union all

-- files the parser has not (yet) read: no report, no quarantine entry for their content
select
    landed.sha256,
    landed.source_file,
    landed.file_name,
    landed.size_bytes,
    null,
    'not_parsed',
    landed.source_file || ': no parse result for this file',
    null,
    landed.scanned_at
from landed
where landed.sha256 not in (select sha256 from parsed)
    and landed.sha256 not in (select sha256 from cache_quarantine)

union all

-- entries of the folder the landing scan did not open (symlinks out of it, FIFOs, lock files)
select sha256, source_file, file_name, size_bytes, null, reason_code, reason, null, scanned_at
from {{ source('landing', 'rejected_entries') }}
