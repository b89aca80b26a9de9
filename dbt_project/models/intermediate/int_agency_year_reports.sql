-- The report that speaks for an agency in a year. An agency that published more than one
-- report for a year (a revision, a second format) is counted once: by the report read most
-- completely (fewest unknown cells), then the latest parsed. Ephemeral: inlined into the marts.
with ranked as (

    select
        report_id,
        agency_id,
        report_year,
        count(*) over (partition by agency_id, report_year) as reports_in_year,
        row_number() over (
            partition by agency_id, report_year
            order by unknown_cell_count, parsed_at desc, report_id
        ) as preference
    from {{ ref('dim_report') }}

)

select report_id, agency_id, report_year, reports_in_year
from ranked
where preference = 1
