#!/bin/sh
# dagster-dbt's dbt in a run with a warm dbt (orchestration/core/dbt_warm.py): the client, in the
# Python the run's dbt resource names; with no warm server it execs the installed dbt.
exec "$GDW_DBT_WARM_PYTHON" -m orchestration.core.dbt_warm "$@"
