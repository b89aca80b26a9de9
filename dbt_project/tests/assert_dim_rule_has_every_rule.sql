{{ config(severity='error') }}
{#-
    dim_rule lists every rule id of SPEC.md's "Statutory balance rules" table (var gdw_rule_ids
    in dbt_project.yml). Returns the missing rule ids.
-#}
with canonical as (

    {% for rule_id in var('gdw_rule_ids') %}
    select '{{ rule_id }}' as rule_id
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

)

select canonical.rule_id
from canonical
left join {{ ref('dim_rule') }} as rules
    on canonical.rule_id = rules.rule_id
where rules.rule_id is null
