-- How agency names were matched: one row per name as written, with the key it was reduced to,
-- the normalisation steps that got it there (orchestration/core/agency_names.py) and the agency
-- it was matched to. Two names with one agency_id are the same agency across years.
-- (min() rather than any_value(): one value per group either way, and PostgreSQL before 16 has no any_value.)
with reports as (

    select * from {{ ref('stg_reports') }}

)

select
    cast(agency_id as varchar) as agency_id,
    cast(agency_name_as_written as varchar) as agency_name_as_written,
    cast(min(agency_name) as varchar) as agency_name,
    cast(min(agency_match_key) as varchar) as agency_match_key,
    cast(coalesce(min(agency_match_steps), '') as varchar) as agency_match_steps,
    cast(count(*) as integer) as report_count,
    cast(min(report_year) as integer) as first_report_year,
    cast(max(report_year) as integer) as last_report_year
from reports
-- a report that names no agency (agency_id unknown-<report_id>) has no name to explain
where agency_match_key is not null
group by agency_id, agency_name_as_written
