{#-
    Where a model's table goes. The staging selection (models/staging/selection, `+schema: staging`)
    writes the schema `staging` itself, where the parsing stage used to write it and where every
    reader (dbt's stg_ views, the agencies asset, the Postgres copy, `gdw check`) looks. Any other
    custom schema is dbt's default: `<target schema>_<custom>` (the rules' main_rules).
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- elif custom_schema_name | trim == 'staging' -%}
        staging
    {%- else -%}
        {{ target.schema }}_{{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
