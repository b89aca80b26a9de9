-- Every attempt of every harvest, failures included with their reason: the provenance of each
-- harvested report back to the URL it came from. stg_fetch_log has cast every column already.
select
    fetch_id,
    site,
    run_id,
    url,
    final_url,
    referrer,
    kind,
    attempt,
    conditional,
    status,
    content_type,
    size_bytes,
    sha256,
    etag,
    last_modified,
    fetched_at,
    outcome,
    reason,
    landed_file
from {{ ref('stg_fetch_log') }}
