-- Statutory rules: one row per report x rule x scope, with expected and actual values.
-- The status is the rules' SQL: each per-report rule's one definition (int_rule_*, read by its dbt
-- test and its GX suite too); CARRY_CONTINUITY spans two years of one agency (int_carry_continuity).
-- The parser's Python evaluation of the per-report rules (stg_rule_results) is kept beside it as the
-- independent cross-check (parser_status; the Dagster check rules_sql_matches_parser fails, naming
-- them, where the two disagree) and gives the message, and the units the SQL cannot evaluate.
-- Incremental by report year: a run for year Y rebuilds Y's rows, and of year Y+1 the carry-over
-- results only (they compare Y+1 with Y; Y+1's per-report rules rest on Y+1's reports alone).
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        unique_key='report_year',
        on_schema_change='append_new_columns',
        pre_hook="{{ gdw_delete_report_years() }}",
        meta={'reads_year_before': true, 'rows_reading_year_before': "rule_id = 'CARRY_CONTINUITY'"}
    )
}}
{%- set per_report_rules = [
    'app_balance', 'app_outcome_sum', 'app_applicant_sum', 'review_sum', 'disclosure_change',
    'non_negative', 'procurement_amount', 'template_matches_year', 'narrative_matches_table', 'completeness'
] %}
with sql_results as (

    {% for rule in per_report_rules -%}
    select report_id, report_year, rule_id, scope, status, expected, actual
    from {{ ref('int_rule_' ~ rule) }}
    where {{ gdw_in_report_years('report_year') }}
    {% if not loop.last %}union all
    {% endif %}
    {%- endfor %}

),

parser_results as (

    select report_id, report_year, rule_id, scope, status, message
    from {{ ref('stg_rule_results') }}
    where {{ gdw_in_report_years('report_year') }}

),

-- every unit either side evaluated; one the SQL leaves out is not_evaluable (a cell it needs is
-- unknown or absent), and the parser's message says which
per_report as (

    select
        coalesce(sql_results.report_id, parser_results.report_id) as report_id,
        coalesce(sql_results.report_year, parser_results.report_year) as report_year,
        coalesce(sql_results.rule_id, parser_results.rule_id) as rule_id,
        coalesce(sql_results.scope, parser_results.scope) as scope,
        coalesce(sql_results.status, 'not_evaluable') as status,
        sql_results.expected,
        sql_results.actual,
        parser_results.status as parser_status,
        parser_results.message as parser_message
    from sql_results
    full outer join parser_results
        on sql_results.report_id = parser_results.report_id
        and sql_results.rule_id = parser_results.rule_id
        and sql_results.scope = parser_results.scope

),

cross_year as (

    select
        report_id, report_year, rule_id, scope, status, expected, actual,
        null as parser_status,
        message as parser_message
    from {{ ref('int_carry_continuity') }}
    where {{ gdw_in_report_years('report_year', with_next_year=true) }}

),

unioned as (

    select * from per_report
    union all
    select * from cross_year

)

select
    cast(unioned.report_id as varchar) as report_id,
    cast(reports.agency_id as varchar) as agency_id,
    cast(unioned.report_year as integer) as report_year,
    cast(unioned.rule_id as varchar) as rule_id,
    cast(unioned.scope as varchar) as scope,
    cast(unioned.status as varchar) as status,
    cast(unioned.expected as decimal(18, 4)) as expected,
    cast(unioned.actual as decimal(18, 4)) as actual,
    cast(
        case
            when unioned.rule_id = 'CARRY_CONTINUITY' or unioned.parser_status = unioned.status
                then unioned.parser_message
            else 'the rule''s SQL finds ' || unioned.status || ', the parser''s rules '
                || coalesce(unioned.parser_status, 'did not evaluate it')
                || coalesce(' (' || unioned.parser_message || ')', '')
        end
        as varchar
    ) as message,
    -- the rule's severity in the catalogue (dim_rule): what the gates and BI filter on
    cast(rules.severity as varchar) as severity,
    cast(unioned.parser_status as varchar) as parser_status
from unioned
left join {{ ref('dim_report') }} as reports
    on unioned.report_id = reports.report_id
left join {{ ref('dim_rule') }} as rules
    on unioned.rule_id = rules.rule_id
