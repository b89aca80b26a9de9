-- Table 4: one row per agency x year x proceeding (administrative review, direct litigation,
-- litigation after review), outcomes side by side and the share of decided cases corrected.
with chosen as (

    select * from {{ ref('int_agency_year_reports') }}
    where {{ gdw_in_report_years('report_year') }}

),

cells as (

    select reviews.*
    from {{ ref('fct_reviews') }} as reviews
    inner join chosen
        on reviews.report_id = chosen.report_id
    where {{ gdw_in_report_years('reviews.report_year') }}

),

per_proceeding as (

    select
        report_id,
        proceeding,
        {{ gdw_known_sum('cases', "outcome = 'upheld'") }} as upheld,
        {{ gdw_known_sum('cases', "outcome = 'corrected'") }} as corrected,
        {{ gdw_known_sum('cases', "outcome = 'other'") }} as other,
        {{ gdw_known_sum('cases', "outcome = 'pending'") }} as pending,
        {{ gdw_known_sum('cases', "outcome = 'total'") }} as total,
        sum(case when cell_state = 'unknown' then 1 else 0 end) as unknown_cells
    from cells
    group by report_id, proceeding

),

agencies as (

    select * from {{ ref('dim_agency') }}

)

select
    cast(chosen.agency_id as varchar) as agency_id,
    cast(agencies.agency_name as varchar) as agency_name,
    cast(agencies.province as varchar) as province,
    cast(agencies.city as varchar) as city,
    cast(agencies.county as varchar) as county,
    cast(agencies.adcode as varchar) as adcode,
    cast(agencies.body_function as varchar) as body_function,
    cast(chosen.report_year as integer) as report_year,
    cast(chosen.report_id as varchar) as report_id,
    cast(per_proceeding.proceeding as varchar) as proceeding,
    cast(
        case when per_proceeding.proceeding = 'administrative_review' then 'review' else 'litigation' end
        as varchar
    ) as proceeding_kind,
    cast(per_proceeding.upheld as bigint) as upheld,
    cast(per_proceeding.corrected as bigint) as corrected,
    cast(per_proceeding.other as bigint) as other,
    cast(per_proceeding.pending as bigint) as pending,
    cast(per_proceeding.total as bigint) as total,
    cast(per_proceeding.upheld + per_proceeding.corrected + per_proceeding.other as bigint) as decided,
    {{ gdw_rate('per_proceeding.corrected', 'per_proceeding.upheld + per_proceeding.corrected + per_proceeding.other') }}
        as correction_rate,
    cast(per_proceeding.unknown_cells as integer) as unknown_cells
from per_proceeding
inner join chosen
    on per_proceeding.report_id = chosen.report_id
left join agencies
    on chosen.agency_id = agencies.agency_id
