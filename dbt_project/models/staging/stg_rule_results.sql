-- Statutory rule outcomes, one row per report x rule x scope. Rename/cast only.
select
    cast(report_id as varchar) as report_id,
    cast(report_year as integer) as report_year,
    cast(rule_id as varchar) as rule_id,
    cast(scope as varchar) as scope,
    cast(status as varchar) as status,
    cast(expected as decimal(18, 4)) as expected,
    cast(actual as decimal(18, 4)) as actual,
    cast(message as varchar) as message
from {{ ref('staged_rule_results') }}
