-- One row per agency (agency_id = first 16 hex digits of md5(agency_match_key); see dim_agency_name).
-- The name comes from the agency's latest report; province/city/county from its latest report
-- that states any of them.
with reports as (

    select
        agency_id,
        agency_name,
        province,
        city,
        county,
        report_year,
        row_number() over (
            partition by agency_id
            order by report_year desc, parsed_at desc, report_id
        ) as name_recency,
        row_number() over (
            partition by agency_id
            order by
                case when province is null and city is null and county is null then 1 else 0 end,
                report_year desc,
                parsed_at desc,
                report_id
        ) as place_recency
    from {{ ref('stg_reports') }}

),

agencies as (

    select
        agency_id,
        min(report_year) as first_report_year,
        max(report_year) as last_report_year,
        count(*) as report_count
    from reports
    group by agency_id

)

select
    cast(agencies.agency_id as varchar) as agency_id,
    cast(names.agency_name as varchar) as agency_name,
    cast(places.province as varchar) as province,
    cast(places.city as varchar) as city,
    cast(places.county as varchar) as county,
    -- Administrative division code (行政区划代码): filled by a later issue.
    cast(null as varchar) as adcode,
    cast(agencies.first_report_year as integer) as first_report_year,
    cast(agencies.last_report_year as integer) as last_report_year,
    cast(agencies.report_count as integer) as report_count
from agencies
left join reports as names
    on agencies.agency_id = names.agency_id
    and names.name_recency = 1
left join reports as places
    on agencies.agency_id = places.agency_id
    and places.place_recency = 1
