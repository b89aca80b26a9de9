-- Every report candidate in the landing folder now, and whether it is the copy of its content that
-- the warehouse stages: of the files that share one sha256 (one report published twice), the first
-- path in sort order. The others are its duplicates (staged_quarantine names the file they repeat).
select
    sha256,
    source_file,
    file_name,
    size_bytes,
    scanned_at,
    min(source_file) over (partition by sha256) as staged_copy,
    source_file = min(source_file) over (partition by sha256) as is_staged_copy
from {{ source('landing', 'raw_reports') }}
