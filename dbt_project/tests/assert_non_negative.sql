{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_rule_results'}}}) }}
{#- NON_NEGATIVE: the units that break it, from the rule's one SQL (int_rule_non_negative). Severity warn: real reports break it. -#}
-- depends_on: {{ ref('fct_rule_results') }}  (the asset this check is shown on, as meta.dagster.ref says)
select * from {{ ref('int_rule_non_negative') }} where status = 'failed'
