{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_rule_results'}}}) }}
{#- NON_NEGATIVE: the units that break it, from the rule's one SQL (int_rule_non_negative). Severity warn: real reports break it. -#}
select * from {{ ref('int_rule_non_negative') }} where status = 'failed'
