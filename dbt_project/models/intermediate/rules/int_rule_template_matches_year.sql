-- TEMPLATE_MATCHES_YEAR (国办公开办函〔2021〕30号), per report with tables: the 2019 template for
-- reports on 2019 and 2020, the 2021 template from 2021 (expected and actual are the template years).
-- The rule's one SQL definition: its dbt test (assert_template_matches_year) and its GX suite read it.
-- Built in the year models' step like every rule table (tag report_year), for the years whose reports
-- changed, although it reads no fact table.
{{ config(tags=['report_year']) }}
with units as (

    select
        report_id,
        agency_id,
        report_year,
        'report' as scope,
        case when report_year <= 2020 then 2019 else 2021 end as expected,
        cast(template as integer) as actual
    from {{ ref('dim_report') }}
    where template in ('2019', '2021')
        and report_year is not null

)

{{ rule_units('TEMPLATE_MATCHES_YEAR', 'true') }}
