-- How well each report adds up: one row per report, the statutory rules it passes, fails or
-- cannot be checked on. A rule counts as failed when any of its scopes failed, as not evaluable
-- when none failed and some could not be evaluated, as passed otherwise.
{%- set arithmetic_rules -%}
    'APP_BALANCE', 'APP_OUTCOME_SUM', 'APP_APPLICANT_SUM', 'REVIEW_SUM', 'DISCLOSURE_CHANGE'
{%- endset %}

{{ config(meta={'reads_year_before': true}) }}

with results as (

    select report_id, rule_id, status
    from {{ ref('fct_rule_results') }}
    where {{ gdw_in_report_years('report_year', with_next_year=true) }}

),

per_rule as (

    select
        report_id,
        rule_id,
        case
            when sum(case when status = 'failed' then 1 else 0 end) > 0 then 'failed'
            when sum(case when status = 'not_evaluable' then 1 else 0 end) > 0 then 'not_evaluable'
            else 'passed'
        end as rule_status,
        sum(case when status = 'failed' then 1 else 0 end) as failed_scopes
    from results
    group by report_id, rule_id

),

per_report as (

    select
        report_id,
        sum(case when rule_status = 'passed' then 1 else 0 end) as rules_passed,
        sum(case when rule_status = 'failed' then 1 else 0 end) as rules_failed,
        sum(case when rule_status = 'not_evaluable' then 1 else 0 end) as rules_not_evaluable,
        sum(failed_scopes) as failed_scopes,
        sum(case when rule_status = 'failed' and rule_id in ({{ arithmetic_rules }}) then 1 else 0 end)
            as arithmetic_rules_failed
    from per_rule
    group by report_id

),

failed_rules as (

    select
        report_id,
        {{ dbt.listagg('rule_id', "', '", 'order by rule_id') }} as failed_rule_ids
    from per_rule
    where rule_status = 'failed'
    group by report_id

),

reports as (

    select * from {{ ref('dim_report') }}
    where {{ gdw_in_report_years('report_year', with_next_year=true) }}

),

agencies as (

    select * from {{ ref('dim_agency') }}

)

select
    cast(reports.report_id as varchar) as report_id,
    cast(reports.agency_id as varchar) as agency_id,
    cast(agencies.agency_name as varchar) as agency_name,
    cast(agencies.province as varchar) as province,
    cast(agencies.city as varchar) as city,
    cast(agencies.county as varchar) as county,
    cast(agencies.adcode as varchar) as adcode,
    cast(reports.report_year as integer) as report_year,
    cast(reports.template as varchar) as template,
    cast(reports.status as varchar) as status,
    cast(reports.file_name as varchar) as file_name,
    cast(reports.warning_count as integer) as warning_count,
    cast(reports.unknown_cell_count as integer) as unknown_cell_count,
    cast(coalesce(per_report.rules_passed, 0) as integer) as rules_passed,
    cast(coalesce(per_report.rules_failed, 0) as integer) as rules_failed,
    cast(coalesce(per_report.rules_not_evaluable, 0) as integer) as rules_not_evaluable,
    cast(coalesce(per_report.failed_scopes, 0) as integer) as failed_scopes,
    cast(failed_rules.failed_rule_ids as varchar) as failed_rule_ids,
    -- The report's own arithmetic holds: no failure of a balance or sum rule (missing tables,
    -- a wrong template or a negative count are other findings).
    cast(coalesce(per_report.arithmetic_rules_failed, 0) = 0 as boolean) as adds_up
from reports
left join per_report
    on reports.report_id = per_report.report_id
left join failed_rules
    on reports.report_id = failed_rules.report_id
left join agencies
    on reports.agency_id = agencies.agency_id
