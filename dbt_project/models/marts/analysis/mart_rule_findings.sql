-- What the season's reports say about themselves: per report year and statutory rule, how many
-- results passed, failed or could not be evaluated, and how many reports fail the rule. The one
-- place this count is written: the quality/rule_findings asset, `gdw summary` and BI read it.
-- Incremental like fct_rule_results it counts: the run's years and each one's next year (a run for
-- year Y changes the carry-over of Y+1).
{{ config(meta={'reads_year_before': true}) }}
select
    cast(report_year as integer) as report_year,
    cast(rule_id as varchar) as rule_id,
    cast(count(distinct case when status = 'failed' then report_id end) as bigint) as reports_failed,
    cast(sum(case when status = 'passed' then 1 else 0 end) as bigint) as passed,
    cast(sum(case when status = 'failed' then 1 else 0 end) as bigint) as failed,
    cast(sum(case when status = 'not_evaluable' then 1 else 0 end) as bigint) as not_evaluable
from {{ ref('fct_rule_results') }}
where {{ gdw_in_report_years('report_year', with_next_year=true) }}
group by report_year, rule_id
