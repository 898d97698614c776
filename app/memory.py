"""Keeping the server's resident memory near what it uses (glibc's malloc, Linux).

The caches have one byte budget (`model.caches`), but freed memory does not leave the process by
itself: glibc keeps an arena per thread that allocates (the worker, the grammar threads,
llguidance's and torch's own) and raises its mmap threshold after each large free, so large
tensors that come and go (a batch's storage, a 30-tool request's encoder states) end up in heaps
that fragment. Measured (bench/soak.py, 30 distinct tool sets after a mixed soak): RSS 650 MB,
peak 759 MB, with 100 MB in the caches. So, at start-up and before any thread:

- `M_ARENA_MAX` 2: two arenas for every thread;
- `M_MMAP_THRESHOLD` 256 KiB, fixed (setting it turns the dynamic raise off): a large
  allocation is its own mapping, given back to the kernel when freed;

and whenever the worker's batch empties, at most once a second, `malloc_trim(0)` hands the free
pages at the top of the heaps back. Elsewhere than glibc these are no-ops.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import time

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD, M_ARENA_MAX = -3, -8  # glibc's malloc.h


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        libc.mallopt, libc.malloc_trim  # noqa: B018 (glibc only)
    except (OSError, AttributeError):
        return None
    return libc


def tune_malloc(arenas: int = 2, mmap_threshold: int = 256 * 1024) -> bool:
    """Set glibc's malloc up as above; False where there is no glibc."""
    libc = _libc()
    if libc is None:
        return False
    ok = libc.mallopt(M_ARENA_MAX, arenas) == 1 and libc.mallopt(M_MMAP_THRESHOLD, mmap_threshold)
    if not ok:
        log.warning("mallopt failed: resident memory may stay above what the server uses")
    return bool(ok)


class Trimmer:
    """`malloc_trim(0)`, at most every `every_s` seconds (it walks the heaps: about a ms)."""

    def __init__(self, every_s: float = 1.0) -> None:
        self.every_s, self._last = every_s, 0.0
        self._libc = _libc()

    def __call__(self) -> None:
        now = time.monotonic()
        if self._libc is not None and now - self._last >= self.every_s:
            self._last = now
            self._libc.malloc_trim(0)
