"""Kernel replies are waited for in one-second slices: a missed wake-up costs a slice, not the whole wait."""
import asyncio
import time
from queue import Empty

import pytest

from analysis.report import kernel_polling


class FakeSocket:
    """A socket whose messages are only seen by polls that end (like a missed edge-triggered wake-up)."""

    def __init__(self, ready_after: float | None):
        self.ready_at = None if ready_after is None else time.monotonic() + ready_after
        self.polls: list[int] = []

    async def poll(self, timeout_ms):
        self.polls.append(timeout_ms)
        await asyncio.sleep((timeout_ms or 0) / 1000)  # the wake-up never comes: sleep the whole slice
        return int(self.ready_at is not None and time.monotonic() >= self.ready_at)


class FakeChannel:
    def __init__(self, socket):
        self.socket = socket

    async def _recv(self):
        return {"msg_type": "execute_reply"}


def test_sliced_wait_finds_a_message_the_wake_up_missed():
    kernel_polling.install()
    from jupyter_client.channels import AsyncZMQSocketChannel

    chan = FakeChannel(FakeSocket(ready_after=0.05))
    t0 = time.monotonic()
    msg = asyncio.run(AsyncZMQSocketChannel.get_msg(chan, timeout=None))  # no timeout: waited forever before
    assert msg["msg_type"] == "execute_reply"
    assert time.monotonic() - t0 < 2.5 and all(p <= 1000 for p in chan.socket.polls)


def test_sliced_wait_still_times_out():
    kernel_polling.install()
    from jupyter_client.channels import AsyncZMQSocketChannel

    chan = FakeChannel(FakeSocket(ready_after=None))
    t0 = time.monotonic()
    with pytest.raises(Empty):
        asyncio.run(AsyncZMQSocketChannel.get_msg(chan, timeout=1.5))
    assert 1.4 <= time.monotonic() - t0 < 3.0 and len(chan.socket.polls) >= 2
