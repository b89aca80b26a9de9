{#-
  dbt's generic tests read their model through get_where_subquery. On a table that is incremental by
  report year (unique_key report_year), a run's tests read the years the run rebuilt, with each one's
  next year (whose CARRY_CONTINUITY results it refreshes): the other years have not changed since
  they were built and tested. A run for every year (`all`) tests everything, as before.
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

{% macro gdw_is_year_table(relation) -%}
    {%- for node in graph.nodes.values() -%}
        {%- if node.resource_type == 'model' and node.alias == relation.identifier
              and node.schema == relation.schema
              and node.config.materialized == 'incremental' and node.config.unique_key == 'report_year' -%}
            {{ return(true) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(false) }}
{%- endmacro %}
