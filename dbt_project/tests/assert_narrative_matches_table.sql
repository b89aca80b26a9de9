{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_rule_results'}}}) }}
{#- NARRATIVE_MATCHES_TABLE: the units that break it, from the rule's one SQL (int_rule_narrative_matches_table). Severity warn: real reports break it. -#}
-- depends_on: {{ ref('fct_rule_results') }}  (the asset this check is shown on, as meta.dagster.ref says)
select * from {{ ref('int_rule_narrative_matches_table') }} where status = 'failed'
