-- Each distinct agency name placed in China's divisions (staging/agencies). Rename/cast only.
select
    cast(agency_name as varchar) as agency_name,
    cast(province as varchar) as province,
    cast(city as varchar) as city,
    cast(county as varchar) as county,
    cast(township as varchar) as township,
    cast(adcode as varchar) as adcode,
    cast(adcode_level as varchar) as adcode_level,
    cast(admin_level as varchar) as admin_level,
    cast(body_kind as varchar) as body_kind,
    cast(body_function as varchar) as body_function,
    cast(placement_status as varchar) as placement_status,
    cast(placement_reason as varchar) as placement_reason,
    cast(region_library as varchar) as region_library
from {{ source('staging', 'agencies') }}
