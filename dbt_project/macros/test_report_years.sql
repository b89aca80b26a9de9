{#-
  dbt's generic tests read their model through get_where_subquery. On a table that is incremental by
  report year (unique_key report_year), a run's tests read the years the run rebuilt, with each one's
  next year (whose CARRY_CONTINUITY results it refreshes): the other years have not changed since
  they were built and tested. A run for every year (`all`) tests everything, as before.
  The same holds for a view of such tables only (the stg_ views of the staged tables).
-#}
{% macro duckdb__get_where_subquery(relation) -%}
    {%- set whole = dbt.default__get_where_subquery(relation) -%}
    {%- set years = gdw_report_years(with_next_year=true) -%}
    {%- if years is none or not gdw_is_year_table(relation) -%}
        {{ return(whole) }}
    {%- endif -%}
    {%- set filtered -%}
        (select * from {{ whole }} where report_year in ({{ gdw_years_list(years) }})) as gdw_report_years
    {%- endset -%}
    {{ return(filtered) }}
{%- endmacro %}

{#- A table incremental by report year, or a view of one only (the stg_ views of the staged tables:
    the warehouse models' step passes the years whose staged reports changed since their tests last
    passed, orchestration/defs/warehouse.py). -#}
{% macro gdw_is_year_table(relation) -%}
    {%- for node in graph.nodes.values() -%}
        {%- if node.resource_type == 'model' and node.alias == relation.identifier
              and node.schema == relation.schema -%}
            {{ return(gdw_is_year_node(node)) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(false) }}
{%- endmacro %}

{% macro gdw_is_year_node(node) -%}
    {%- if node.config.materialized == 'incremental' and node.config.unique_key == 'report_year' -%}
        {{ return(true) }}
    {%- endif -%}
    {%- set parents = node.depends_on.nodes | select('in', graph.nodes) | list -%}
    {%- if node.config.materialized != 'view' or parents | length == 0
          or parents | length != node.depends_on.nodes | length -%}
        {{ return(false) }}
    {%- endif -%}
    {%- for parent in parents -%}
        {%- if not gdw_is_year_node(graph.nodes[parent]) -%} {{ return(false) }} {%- endif -%}
    {%- endfor -%}
    {{ return(true) }}
{%- endmacro %}
