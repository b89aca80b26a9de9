-- One row per agency (agency_id from stg_reports: md5 of the agency name's matching key, see
-- dim_agency_name; `unknown-<report_id>` for a report that names no agency, one agency each). The name comes from the agency's latest
-- report; the place, level and kind of body from that name's placement (stg_agencies), which the
-- staging/agencies asset derives with a region library (orchestration/core/regions.py).
with reports as (

    select
        agency_id,
        agency_name,
        report_year,
        row_number() over (
            partition by agency_id
            order by report_year desc, parsed_at desc, report_id
        ) as name_recency
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

),

names as (

    select agency_id, agency_name
    from reports
    where name_recency = 1

),

places as (

    select * from {{ ref('stg_agencies') }}

)

select
    cast(agencies.agency_id as varchar) as agency_id,
    cast(names.agency_name as varchar) as agency_name,
    -- Place (GB/T 2260) --------------------------------------------------------------
    cast(places.province as varchar) as province,
    cast(places.city as varchar) as city,
    cast(places.county as varchar) as county,
    cast(places.township as varchar) as township,
    cast(places.adcode as varchar) as adcode,
    cast(places.adcode_level as varchar) as adcode_level,
    cast(places.admin_level as varchar) as admin_level,
    -- Kind of body -------------------------------------------------------------------
    cast(places.body_kind as varchar) as body_kind,
    cast(places.body_function as varchar) as body_function,
    -- How the place was found --------------------------------------------------------
    cast(coalesce(places.placement_status, 'not_found') as varchar) as placement_status,
    cast(
        case
            when names.agency_name is null then 'the report names no agency: an agency of its own until matched'
            when places.agency_name is null then 'the name has not been placed yet (staging/agencies)'
            else places.placement_reason
        end as varchar
    ) as placement_reason,
    -- Reports ------------------------------------------------------------------------
    cast(agencies.first_report_year as integer) as first_report_year,
    cast(agencies.last_report_year as integer) as last_report_year,
    cast(agencies.report_count as integer) as report_count
from agencies
left join names
    on agencies.agency_id = names.agency_id
left join places
    on names.agency_name = places.agency_name
