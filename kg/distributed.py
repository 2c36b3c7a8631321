"""Extraction on a Dask cluster (`kg build --scheduler tcp://HOST:PORT`).

The articles travel to the workers as bytes (workers need not see this machine's files) in
batches, and come back in input order, so the graph is the same as a local build's. Workers must
run the same kg: each outcome carries the extractor version of the process that made it, and the
build refuses results from a worker whose version differs from this machine's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence


class ClusterError(Exception):
    """The cluster cannot be used; the message says what to do."""


def dask_map(
    function: Callable[[list], list],
    batches: Sequence[list],
    scheduler: str,
    timeout: float = 30,
) -> Iterator[list]:
    """Apply `function` to each batch on the cluster at `scheduler`; yield results in batch order."""
    try:
        from distributed import Client
    except ImportError as error:
        raise ClusterError(
            "--scheduler needs Dask: pip install 'kg[cluster]' (dask[distributed]) here and on the workers"
        ) from error
    try:
        client = Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"{scheduler}: cannot reach the Dask scheduler ({error})") from error
    try:
        futures = client.map(function, list(batches), pure=False)
        for future in futures:
            try:
                yield future.result()
            except ModuleNotFoundError as error:
                raise ClusterError(
                    f"a Dask worker cannot import kg ({error}); install kg on every worker"
                ) from error
    finally:
        client.close()
