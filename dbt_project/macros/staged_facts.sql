{#-
    The body of a staged fact table (staged_disclosures, ..._applications, ...): the parse cache's
    rows of `table` for the reports staged in the run's report years (staged_reports, built before it).
-#}
{% macro gdw_staged_facts(table) -%}
select facts.*
from {{ source('parsing', table) }} as facts
where facts.report_id in (
    select report_id from {{ ref('staged_reports') }}
    where {{ gdw_in_report_years('report_year') }}
)
{%- endmacro %}
