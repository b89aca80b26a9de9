-- Statutory rules: one row per report x rule x scope, with expected and actual values.
-- The per-report rules come from the parser's rules engine (staging.rule_results);
-- CARRY_CONTINUITY spans two years of one agency and is computed set-based (int_carry_continuity).
-- Rebuilt whole in every run, not by year: a run for year Y changes the carry-over results of
-- year Y+1 too (they compare Y+1 with Y), and a year-by-year rebuild would leave those stale.
-- It still runs in the year step (it reads fct_applications), after the year's facts.
{{ config(materialized='table') }}
with rule_results as (

    select report_id, report_year, rule_id, scope, status, expected, actual, message
    from {{ ref('stg_rule_results') }}

),

reports as (

    select report_id, agency_id from {{ ref('dim_report') }}

),

per_report as (

    select
        rule_results.report_id,
        reports.agency_id,
        rule_results.report_year,
        rule_results.rule_id,
        rule_results.scope,
        rule_results.status,
        rule_results.expected,
        rule_results.actual,
        rule_results.message
    from rule_results
    left join reports
        on rule_results.report_id = reports.report_id

),

cross_year as (

    select report_id, agency_id, report_year, rule_id, scope, status, expected, actual, message
    from {{ ref('int_carry_continuity') }}

),

unioned as (

    select * from per_report
    union all
    select * from cross_year

)

select
    cast(unioned.report_id as varchar) as report_id,
    cast(unioned.agency_id as varchar) as agency_id,
    cast(unioned.report_year as integer) as report_year,
    cast(unioned.rule_id as varchar) as rule_id,
    cast(unioned.scope as varchar) as scope,
    cast(unioned.status as varchar) as status,
    cast(unioned.expected as decimal(18, 4)) as expected,
    cast(unioned.actual as decimal(18, 4)) as actual,
    cast(unioned.message as varchar) as message,
    -- the rule's severity in the catalogue (dim_rule): what the gates and BI filter on
    cast(rules.severity as varchar) as severity
from unioned
left join {{ ref('dim_rule') }} as rules
    on unioned.rule_id = rules.rule_id
