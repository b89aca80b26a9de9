"""dbt's parse state for a new warehouse folder, so that its first dbt invocation parses partially.

`make manifest` leaves dbt's parse state in dbt_project/target/partial_parse.msgpack, and
dagster-dbt copies it into a warehouse's dbt target folder when that folder has none. dbt then
throws it away and parses the whole project (~3 s of CPU, more on a loaded machine) when the folder
is not the one `make manifest` ran for: the DuckDB path is part of the profile, and dbt rejects the
state of another profile. No model reads the connection (the profile's path, settings) while
parsing, so the state is as valid for every warehouse folder: a new one starts from a copy stamped
with its own profile's checksum. Where the stamp cannot be checked (the state was made for another
profile than the one we compute for it), nothing is copied and dbt parses in full as before.
"""

from __future__ import annotations

import functools
import os
import pprint
import uuid
from collections.abc import Mapping
from pathlib import Path

from orchestration.settings import DBT_PROJECT_DIR, PROJECT_ROOT

PARSE_STATE = DBT_PROJECT_DIR / "target" / "partial_parse.msgpack"
PARSE_STATE_NAME = PARSE_STATE.name
# a warehouse folder's dbt target folder (orchestration/defs/warehouse.py: build_with_dbt)
WAREHOUSE_DBT_TARGET = "dbt_target"
# the folder `make manifest` parses for (Makefile: GDW_WAREHOUSE_DIR ?= $(CURDIR)/warehouse)
MANIFEST_WAREHOUSE = PROJECT_ROOT / "warehouse"


def profile_hash(environ: Mapping[str, str]) -> str:
    """The checksum dbt keeps of the `dev` target's connection (ManifestLoader.build_manifest_state_check),
    for the profile rendered with these environment variables."""
    from dbt.contracts.files import FileHash

    connection = sorted(_dev_credentials(tuple(sorted(environ.items()))).connection_info())
    return FileHash.from_contents(pprint.pformat(connection)).checksum


@functools.cache
def _dev_credentials(environ: tuple[tuple[str, str], ...]):
    from argparse import Namespace

    from dbt.config.profile import Profile
    from dbt.config.renderer import ProfileRenderer
    from dbt.flags import set_from_args
    from dbt_common.context import set_invocation_context

    set_from_args(Namespace(profiles_dir=str(DBT_PROJECT_DIR)), None)
    set_invocation_context(dict(environ))
    return Profile.render(ProfileRenderer({}), "gdw", None, "dev", None).credentials


@functools.cache
def _manifest_state() -> tuple[bytes, str] | None:
    """The parse state `make manifest` wrote, and its profile checksum, checked: None when the
    checksum we compute for `make manifest`'s profile is not in the state exactly once."""
    if not PARSE_STATE.exists():
        return None
    data = PARSE_STATE.read_bytes()
    # `make manifest`'s environment: ours without the GDW_ settings a run exports, and its folder
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GDW_")}
    checksum = profile_hash({**environ, "GDW_WAREHOUSE_DIR": str(MANIFEST_WAREHOUSE)})
    return (data, checksum) if data.count(checksum.encode()) == 1 else None


def seed_parse_state(target: Path, environ: Mapping[str, str] | None = None) -> bool:
    """Put `make manifest`'s parse state into the dbt target folder `target` (a warehouse's
    dbt_target) for the profile `environ` renders (default: this process's environment, as the
    dbt subprocess inherits it), unless the folder has one. True when it was put there."""
    if (target / PARSE_STATE_NAME).exists():  # a folder's own state is never replaced
        return False
    try:
        state = _manifest_state()
        if state is None:
            return False
        data, checksum = state
        stamped = data.replace(checksum.encode(), profile_hash(os.environ if environ is None else environ).encode())
    except Exception:  # noqa: BLE001  (dbt's internals changed: dbt parses in full, as without this)
        return False
    target.mkdir(parents=True, exist_ok=True)
    # written whole or not at all: dbt must never read half a state
    temporary = target / f".{PARSE_STATE_NAME}.{uuid.uuid4().hex[:8]}"
    temporary.write_bytes(stamped)
    os.replace(temporary, target / PARSE_STATE_NAME)
    return True
