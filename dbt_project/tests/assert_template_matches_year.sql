{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_rule_results'}}}) }}
{#- TEMPLATE_MATCHES_YEAR: the units that break it, from the rule's one SQL (int_rule_template_matches_year). Severity warn: real reports break it. -#}
-- depends_on: {{ ref('fct_rule_results') }}  (the asset this check is shown on, as meta.dagster.ref says: a year
-- model, as the rule's table is, and beside the rule's GX gate)
select * from {{ ref('int_rule_template_matches_year') }} where status = 'failed'
