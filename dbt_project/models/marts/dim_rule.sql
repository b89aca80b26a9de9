-- The statutory balance rules, one row per rule id, from the rule_catalogue seed. BI reads this
-- model (which has a contract), not the seed.
select
    cast(rule_id as varchar) as rule_id,
    cast(description as varchar) as description,
    cast(legal_source as varchar) as legal_source,
    cast(severity as varchar) as severity,
    cast(scope_kind as varchar) as scope_kind
from {{ ref('rule_catalogue') }}
