-- Every attempt of every harvest, from staging.fetch_log. Rename/cast only.
select
    cast(fetch_id as varchar) as fetch_id,
    cast(site as varchar) as site,
    cast(run_id as varchar) as run_id,
    cast(url as varchar) as url,
    cast(final_url as varchar) as final_url,
    cast(referrer as varchar) as referrer,
    cast(kind as varchar) as kind,
    cast(attempt as integer) as attempt,
    cast(conditional as boolean) as conditional,
    cast(status as integer) as status,
    cast(content_type as varchar) as content_type,
    cast(size_bytes as bigint) as size_bytes,
    cast(sha256 as varchar) as sha256,
    cast(etag as varchar) as etag,
    cast(last_modified as varchar) as last_modified,
    cast(fetched_at as timestamp) as fetched_at,
    cast(outcome as varchar) as outcome,
    cast(reason as varchar) as reason,
    cast(landed_file as varchar) as landed_file
from {{ source('staging', 'fetch_log') }}
