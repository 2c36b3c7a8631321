"""Finding the outside programs the interop and browser tests drive (not collected by pytest).

Where a tool is missing, a developer's run skips with the reason and the apt-get line to fix it;
in CI (env CI=true) the same absence FAILS, so a broken install step can never pass silently.
"""

from __future__ import annotations

import os
import shutil
import socket

import pytest

APT_HINT = "apt-get install -y raptor2-utils chromium virtuoso-opensource (as .ci/run does)"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing(reason: str):
    """Skip here, fail in CI."""
    if in_ci():
        pytest.fail(f"{reason} — CI must install it: {APT_HINT}", pytrace=False)
    pytest.skip(f"{reason}; install with: {APT_HINT}")


def require_program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        missing(f"`{name}` is not installed")
    return path


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
