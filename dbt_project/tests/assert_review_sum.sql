{{ config(severity='warn', tags=['statutory'], meta={'dagster': {'ref': {'name': 'fct_reviews'}}}) }}
{#- REVIEW_SUM: the units that break it, from the rule's one SQL (int_rule_review_sum). Severity warn: real reports break it. -#}
-- depends_on: {{ ref('fct_reviews') }}  (the asset this check is shown on, as meta.dagster.ref says)
select * from {{ ref('int_rule_review_sum') }} where status = 'failed'
