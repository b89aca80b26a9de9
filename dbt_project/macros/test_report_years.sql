{#-
  dbt's generic tests read their model through get_where_subquery. On a table that is incremental by
  report year (unique_key report_year), a run's tests read the years the run rebuilt (with each one's
  next year, for the tables whose CARRY_CONTINUITY results it refreshes): the other years have not
  changed since they were built and tested. A run for every year (`all`) tests everything, as before.
  The same holds for a view of such tables only (the stg_ views of the staged tables).
-#}
{% macro duckdb__get_where_subquery(relation) -%}
    {%- set whole = dbt.default__get_where_subquery(relation) -%}
    {#- every year (`all`), or dbt parsing (no graph yet): the whole relation -#}
    {%- if gdw_report_years() is none -%} {{ return(whole) }} {%- endif -%}
    {%- set node = gdw_year_node(relation) -%}
    {%- if node is none -%} {{ return(whole) }} {%- endif -%}
    {%- set years = gdw_report_years(with_next_year=gdw_reads_year_before(node)) -%}
    {%- set filtered -%}
        (select * from {{ whole }} where report_year in ({{ gdw_years_list(years) }})) as gdw_report_years
    {%- endset -%}
    {{ return(filtered) }}
{%- endmacro %}

{#- The model of a relation if it is partitioned by report year: a table incremental by report year,
    or a view of such tables only (the stg_ views of the staged tables: the warehouse models' step
    passes the years whose staged reports changed since their tests last passed,
    orchestration/defs/warehouse.py); none otherwise. -#}
{% macro gdw_year_node(relation) -%}
    {%- for node in graph.nodes.values() -%}
        {%- if node.resource_type == 'model' and node.alias == relation.identifier
              and node.schema == relation.schema -%}
            {{ return(node if gdw_is_year_node(node) else none) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(none) }}
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
