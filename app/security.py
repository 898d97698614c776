"""Where the API key comes from, and what start-up says about exposure.

The key is `--api-key` / `THIMBLE_API_KEY`, or the first line of the file `--api-key-file` /
`THIMBLE_API_KEY_FILE` names (a Docker or Kubernetes secret). An empty key is a start-up error:
settings ignore empty variables (`THIMBLE_PORT=` means the default), and for the key that turned a
set-but-empty variable into "no key", authentication silently off. Binding an address other
than loopback with no key logs a warning at start: anyone who can reach the port can use it.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Any

KEY_VAR, FILE_VAR = "THIMBLE_API_KEY", "THIMBLE_API_KEY_FILE"


def _env_is_empty(name: str) -> bool:
    # settings match variable names case-insensitively, so this does too
    return any(k.upper() == name and not v.strip() for k, v in os.environ.items())


def resolve_api_key(data: Any) -> Any:
    """Settings input (flags over variables, empty variables already dropped) with `api_key`
    read from `api_key_file` when that is given; ValueError with the reason for an empty or
    doubly given key. Used as the settings' `mode="before"` validator."""
    if not isinstance(data, dict):
        return data
    key, path = data.get("api_key"), data.get("api_key_file")
    if key is None and path is None and (_env_is_empty(KEY_VAR) or _env_is_empty(FILE_VAR)):
        empty = KEY_VAR if _env_is_empty(KEY_VAR) else FILE_VAR
        raise ValueError(
            f"{empty} is set but empty. An empty key would turn authentication off; "
            f"set a key, or unset {empty} to run without one."
        )
    if key is not None and path is not None:
        raise ValueError("give the API key or the file holding it (api_key_file), not both")
    if path is not None:
        try:
            lines = Path(path).read_text().splitlines()
        except OSError as e:
            raise ValueError(f"cannot read the API key file {str(path)!r}: {e}") from None
        key = lines[0].strip() if lines else ""
        if not key:
            raise ValueError(f"the API key file {str(path)!r} is empty")
        data = {**data, "api_key": key}
    elif key is not None and not str(key).strip():
        raise ValueError("the API key is empty; give a key, or none to run without one")
    return data


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name: it may resolve anywhere
        return False


def exposure_warning(host: str, api_key: str | None) -> str | None:
    """The start-up warning for a server reachable beyond this machine with no key, or None."""
    if api_key or is_loopback(host):
        return None
    return (
        f"listening on {host or 'every interface'} with no API key: anyone who can reach this "
        f"port can use the model. Set {KEY_VAR} (or {FILE_VAR}), or bind 127.0.0.1."
    )
