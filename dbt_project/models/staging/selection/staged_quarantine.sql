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

    select * from {{ source('parsing', 'quarantine') }}

),

-- why each landed file is left out, by its path
reasons (source_file, report_year, reason_code, reason, parser_version, quarantined_at) as (

    -- what the parser could not read as a report
    select landed.source_file, cache_quarantine.report_year, cache_quarantine.reason_code,
        cache_quarantine.reason, cache_quarantine.parser_version, cache_quarantine.quarantined_at
    from landed
    inner join cache_quarantine on landed.sha256 = cache_quarantine.sha256

    union all

    -- the other copies of a staged report; every copy of a report of a year the warehouse does not hold
    select
        landed.source_file,
        parsed.report_year,
        case when {{ gdw_in_season('parsed.report_year') }} then 'duplicate' else 'year_out_of_range' end,
        case
            when {{ gdw_in_season('parsed.report_year') }}
                then landed.source_file || ': same content as ' || landed.staged_copy || ', which is in the warehouse'
            else landed.source_file || ': a report on ' || parsed.report_year || ', outside the warehouse''s years '
                || '{{ gdw_season_span() }} (GDW_FIRST_REPORT_YEAR, GDW_LAST_REPORT_YEAR)'
        end,
        parsed.parser_version,
        parsed.parsed_at
    from landed
    inner join parsed on landed.sha256 = parsed.sha256
    where not landed.is_staged_copy or not ({{ gdw_in_season('parsed.report_year') }})

    union all

    -- files the parser has not (yet) read: no report, no quarantine entry for their content
    select landed.source_file, null, 'not_parsed', landed.source_file || ': no parse result for this file', null,
        landed.scanned_at
    from landed
    where landed.sha256 not in (select sha256 from parsed)
        and landed.sha256 not in (select sha256 from cache_quarantine)

)

select
    landed.sha256,
    landed.source_file,
    landed.file_name,
    landed.size_bytes,
    reasons.report_year,
    reasons.reason_code,
    reasons.reason,
    reasons.parser_version,
    reasons.quarantined_at
from reasons
inner join landed on reasons.source_file = landed.source_file

union all

-- entries of the folder the landing scan did not open (symlinks out of it, FIFOs, lock files)
select sha256, source_file, file_name, size_bytes, null, reason_code, reason, null, scanned_at
from {{ source('landing', 'rejected_entries') }}
