-- The reports the warehouse holds: each content hash in the landing folder now that the parser read,
-- of a year of the season, once, under its staged path now (int_landed_files). Incremental per report
-- year (dbt_project.yml, macros/report_years.sql): a run for year Y replaces Y's rows only.
{{ config(alias='reports') }}
select parsed.* replace (landed.source_file as source_file, landed.file_name as file_name)
from {{ source('parsing', 'reports') }} as parsed
inner join {{ ref('int_landed_files') }} as landed
    on parsed.sha256 = landed.sha256
    and landed.is_staged_copy
where {{ gdw_in_season('parsed.report_year') }}
    and {{ gdw_in_report_years('parsed.report_year') }}
