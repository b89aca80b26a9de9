{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_applications'}}}) }}
{#- APP_OUTCOME_SUM: the units that break it, from the rule's one SQL (int_rule_app_outcome_sum). Severity warn: real reports break it. -#}
-- depends_on: {{ ref('fct_applications') }}  (the asset this check is shown on, as meta.dagster.ref says)
select * from {{ ref('int_rule_app_outcome_sum') }} where status = 'failed'
