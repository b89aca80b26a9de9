{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_disclosures'}}}) }}
{#- PROCUREMENT_AMOUNT: the units that break it, from the rule's one SQL (int_rule_procurement_amount). Severity warn: real reports break it. -#}
-- depends_on: {{ ref('fct_disclosures') }}  (the asset this check is shown on, as meta.dagster.ref says)
select * from {{ ref('int_rule_procurement_amount') }} where status = 'failed'
