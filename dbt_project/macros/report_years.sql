{#
  Report-year partitions. Dagster passes the years of a run as
  `--vars '{"gdw_report_years": [2020]}'` (orchestration/defs/warehouse.py, dbt_build_args);
  without the var a model covers every year. A model partitioned by year is an incremental
  delete+insert on report_year, tagged `report_year`, and:
    pre_hook="{{ gdw_delete_report_years() }}"   -- empties the years first, so a year whose
                                                    reports all left the landing folder empties too
    where {{ gdw_in_report_years('x.report_year') }}
#}

{% macro gdw_report_years() -%}
    {{ return(var('gdw_report_years', none)) }}
{%- endmacro %}

{% macro gdw_years_list(years) -%}
    {%- if years | length == 0 -%} null {%- else -%} {{ years | map('int') | join(', ') }} {%- endif -%}
{%- endmacro %}

{% macro gdw_in_report_years(column) -%}
    {%- set years = gdw_report_years() -%}
    {%- if is_incremental() and years is not none -%}
        {{ column }} in ({{ gdw_years_list(years) }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{% macro gdw_delete_report_years() -%}
    {%- set years = gdw_report_years() -%}
    {%- if is_incremental() -%}
        {%- if years is none -%}
            delete from {{ this }}
        {%- else -%}
            delete from {{ this }} where report_year in ({{ gdw_years_list(years) }})
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}
