{{ config(severity='warn', tags=['statutory']) }}
{#-
    TEMPLATE_MATCHES_YEAR (国办公开办函〔2021〕30号), per report with tables: the 2019 template for
    reports on 2019 and 2020, the 2021 template from 2021. Returns one row per breach.
-#}
select
    report_id,
    report_year,
    case when report_year <= 2020 then '2019' else '2021' end as expected,
    template as actual
from {{ ref('dim_report') }}
where template in ('2019', '2021')
    and template <> case when report_year <= 2020 then '2019' else '2021' end
