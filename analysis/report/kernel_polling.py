"""Wait for kernel messages in one-second slices, so that a missed wake-up costs a second, not the run.

nbclient waits for a cell's reply with ``await socket.poll(timeout)`` on a pyzmq asyncio socket. pyzmq learns
of new messages through ZeroMQ's edge-triggered file descriptor; when that edge is missed, the await sleeps
until the timeout, whose final non-blocking poll then finds the message that was there all along. Seen here:
the explorer notebook (many widget messages) sat idle for exactly its cell timeout after its last cell had
finished (the kernel idle, the reply already sent), in 4 of 11 test runs that followed the Dask test. With
papermill's default (no timeout), one run waited until the test's 600 s limit, as a user's report would wait
forever. Polling in short slices ends each wait with that final poll, within a second.
"""
from __future__ import annotations

import time
from queue import Empty
from typing import Any

SLICE_S = 1.0
_installed = False


def install() -> None:
    """Make jupyter_client's asyncio channels poll in slices (idempotent; same messages, same timeouts)."""
    global _installed
    if _installed:
        return
    from jupyter_client.channels import AsyncZMQSocketChannel

    async def get_msg(self: Any, timeout: float | None = None) -> dict[str, Any]:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = SLICE_S if deadline is None else max(0.0, min(SLICE_S, deadline - time.monotonic()))
            if await self.socket.poll(int(left * 1000)):
                return await self._recv()
            if deadline is not None and time.monotonic() >= deadline:
                raise Empty

    AsyncZMQSocketChannel.get_msg = get_msg  # type: ignore[method-assign]
    _installed = True


def kernel_manager_class() -> Any:
    """The kernel manager papermill starts kernels with: local IPC sockets (files in the temporary folder) where
    the system has them, so no TCP port is opened and the kernel does not print its "running over TCP without
    encryption" warning into every quiet run; TCP elsewhere (Windows)."""
    import os
    import tempfile
    import uuid

    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    if os.name == "nt":
        return AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        @default("transport")
        def _default_transport(self) -> str:
            return "ipc"

        @default("ip")
        def _default_ip(self) -> str:  # socket files <ip>-<n>, removed with the kernel
            return os.path.join(tempfile.gettempdir(), f"news-workbook-kernel-{uuid.uuid4().hex[:12]}")

    return IPCKernelManager
