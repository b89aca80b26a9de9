{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_applications'}}}) }}
{#-
    CARRY_CONTINUITY (logic of the carry-over): the reports whose carried_over[total] differs from
    carried_forward[total] of their agency's report of the year before. The rule itself is
    int_carry_continuity, which fct_rule_results and the GX suite read too. Severity warn: real
    reports break it. Shown as a check of fct_applications, whose cells it reads.
-#}
-- depends_on: {{ ref('fct_applications') }}  (the asset this check is shown on, as meta.dagster.ref says)
select agency_id, report_year, report_id, previous_report_id, expected, actual
from {{ ref('int_carry_continuity') }}
where status = 'failed'
