{{ config(severity='warn', tags=['statutory']) }}
{#-
    PROCUREMENT_AMOUNT (template, 2019 table 2 item 20(9)), per report: total_amount_wan_yuan >= 0,
    and zero projects imply a zero amount. Blank reads as 0; an unknown amount is not evaluable.
    Returns one row per breach: expected 0 (or the amount when projects are unknown) vs the amount.
-#}
select
    report_id,
    report_year,
    project_count,
    total_amount_wan_yuan,
    cast(0 as decimal(18, 4)) as expected,
    coalesce(total_amount_wan_yuan, 0) as actual
from {{ ref('fct_procurement') }}
where amount_cell_state is not null
    and amount_cell_state <> 'unknown'
    and (
        coalesce(total_amount_wan_yuan, 0) < 0
        or (project_count_cell_state is not null and project_count_cell_state <> 'unknown'
            and coalesce(project_count, 0) = 0
            and coalesce(total_amount_wan_yuan, 0) <> 0)
    )
