{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_rule_results'}}}) }}
{#- NARRATIVE_MATCHES_TABLE: the units that break it, from the rule's one SQL (int_rule_narrative_matches_table). Severity warn: real reports break it. -#}
select * from {{ ref('int_rule_narrative_matches_table') }} where status = 'failed'
