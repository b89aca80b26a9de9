{{ config(severity='error', meta={'dagster': {'ref': {'name': 'fct_rule_results'}}}) }}
{#-
    Every rule id the rules engine wrote into fct_rule_results is catalogued in dim_rule (the
    rule_catalogue seed). Returns the unknown rule ids with how many results carry them.
-#}
select
    results.rule_id,
    count(*) as n_results
from {{ ref('fct_rule_results') }} as results
left join {{ ref('dim_rule') }} as rules
    on results.rule_id = rules.rule_id
where rules.rule_id is null
group by results.rule_id
