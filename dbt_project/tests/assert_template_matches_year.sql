{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'dim_report'}}}) }}
{#- TEMPLATE_MATCHES_YEAR: the units that break it, from the rule's one SQL (int_rule_template_matches_year). Severity warn: real reports break it. -#}
-- depends_on: {{ ref('dim_report') }}  (the asset this check is shown on, as meta.dagster.ref says)
select * from {{ ref('int_rule_template_matches_year') }} where status = 'failed'
