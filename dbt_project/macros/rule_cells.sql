{#-
    How the statutory rules read a cell (SPEC.md, "Cell values"): a blank cell reads as 0, and so does a
    recovered one that is NULL (a total cut off the page over blank parts, taken as printed blank:
    parsing/blank_totals.py; core/rules.py reads it so); an unknown cell, or another NULL, makes the rule
    not evaluable for its scope.
-#}
{% macro rule_amount(value_column) -%}
    case when cell_state = 'blank' or (cell_state = 'recovered' and {{ value_column }} is null) then 0
        else {{ value_column }} end
{%- endmacro %}

{% macro rule_cell_unusable(value_column) -%}
    case
        when cell_state = 'unknown' then 1
        when {{ value_column }} is null and cell_state not in ('blank', 'recovered') then 1
        else 0
    end
{%- endmacro %}

{#-
    A cell that cannot prove a rule passes (core/rules.py, _read): a recovered cell (figures that ran
    together, split back because the rules allow one split only: a pass that reads it is circular),
    a figure read by OCR that the rules did not confirm, and a blank in a row split back (a recovered
    cell with the text it was split from: the blank's column came from the same split; a total
    recovered as its row's sum, cut off the page, is written nowhere and leaves its row's blanks as
    read). A rule that passes on one is not_evaluable; one that fails stays failed (macros/rule_units.sql). Reads `in_recovered_row` (rule_cells gives it).
-#}
{% macro rule_cell_unconfirmed() -%}
    case
        when cell_state in ('recovered', 'ocr_unverified') then 1
        when cell_state = 'blank' and in_recovered_row then 1
        else 0
    end
{%- endmacro %}

{#-
    The first step of an int_rule_* model over a fact table: each cell of the run's report years
    (read at the source: DuckDB does not push rule_units' filter below a CTE a rule reads twice)
    with its report, agency and year, the `columns` that place it (SQL expressions), and the cell read as every rule reads it:
    `amount` (blank is 0), `is_unusable` (1 for unknown, or NULL not blank) and `is_unconfirmed`
    (1 when it cannot prove a pass). `row_column`: the column naming the cell's row in the printed
    table (its `row`, proceeding or item), whose cells split back make its blanks unconfirmed too.
-#}
{% macro rule_cells(model, value_column, columns, row_column, where='true') -%}
select
    report_id,
    agency_id,
    report_year,
    {{ columns | join(',\n    ') }},
    {{ rule_amount(value_column) }} as amount,
    {{ rule_cell_unusable(value_column) }} as is_unusable,
    {{ rule_cell_unconfirmed() }} as is_unconfirmed
from (
    select
        facts.*,
        recovered_rows.report_id is not null as in_recovered_row
    from {{ ref(model) }} as facts
    left join (
        select distinct report_id, {{ row_column }} as row_key
        from {{ ref(model) }}
        where cell_state = 'recovered' and value_as_written is not null
            and {{ gdw_in_report_years('report_year') }}
    ) as recovered_rows
        on facts.report_id = recovered_rows.report_id
        and facts.{{ row_column }} = recovered_rows.row_key
    where {{ gdw_in_report_years('facts.report_year') }}
) as cells
where {{ where }}
{%- endmacro %}
