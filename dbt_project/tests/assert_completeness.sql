{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_rule_results'}}}) }}
{#- COMPLETENESS: the units that break it, from the rule's one SQL (int_rule_completeness). Severity warn: real reports break it. -#}
select * from {{ ref('int_rule_completeness') }} where status = 'failed'
