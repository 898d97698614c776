"""The installed Thimble's version (`thimble --version`, GET /version), from the package metadata:
one number, the one in pyproject.toml, for the wheel, the image and an editable checkout alike."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def thimble_version() -> str:
    try:
        return version("thimble")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"
