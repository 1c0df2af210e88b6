"""The worker against a scripted router: protocol corner cases the real router cannot be
made to produce on demand."""

import asyncio
import contextlib
import threading
import time

import pytest

from fake_router import FakeRouter
from toolmesh import RegistrationRefused, StatusCode, ToolError, Worker, current_call
from toolmesh.v1 import mesh_pb2


def scenario(coroutine):
    asyncio.run(asyncio.wait_for(coroutine, 30))


@contextlib.asynccontextmanager
async def serving(worker):
    task = asyncio.ensure_future(worker.serve_async())
    try:
        yield task
    finally:
        worker.stop()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 5)


def make_worker(address, **options):
    worker = Worker(address, token="", name="fake-test", worker_id="fake-test-1", **options)

    @worker.tool
    def echo(**arguments):
        return arguments

    @worker.tool
    async def sleeper(seconds):
        await asyncio.sleep(seconds)
        return "slept"

    return worker


def call(call_id, tool, arguments=b"{}", **fields):
    return mesh_pb2.Call(call_id=call_id, tool=tool, arguments=arguments, attempt=1, **fields)


def test_register_declares_identity_and_tools():
    async def run():
        async with FakeRouter() as router:
            worker = make_worker(router.address, max_concurrency=7, labels={"zone": "a"})
            async with serving(worker):
                peer = await router.next_peer()
                hello = await peer.expect("hello")
                assert (hello.protocol_version, hello.peer_kind) == (1, mesh_pb2.PEER_KIND_WORKER)
                assert hello.peer_name == "fake-test" and hello.agent.startswith("toolmesh-python/")
                await peer.send(welcome=mesh_pb2.Welcome(protocol_version=1, heartbeat_interval_ms=5000))
                register = await peer.expect("register")
                identity = (register.worker_name, register.worker_id, register.max_concurrency)
                assert identity == ("fake-test", "fake-test-1", 7)
                assert [tool.name for tool in register.tools] == ["echo", "sleeper"]
                assert [(label.key, label.value) for label in register.labels] == [("zone", "a")]
    scenario(run())


def test_bad_frame_from_router_is_answered_with_protocol_error_then_reconnect():
    async def run():
        async with FakeRouter() as router:
            async with serving(make_worker(router.address)):
                peer = await router.next_peer()
                await peer.accept()
                await peer.send_raw(bytes.fromhex("00000008ffffffffffffffff"))  # invalid/garbage.frame
                error = await peer.expect("protocol_error")
                assert error.code == StatusCode.INVALID_ARGUMENT
                assert "not a valid toolmesh.v1.Envelope" in error.message
                await peer.wait_closed()
                again = await router.next_peer(timeout=3)
                register = await again.accept()
                assert register.worker_id == "fake-test-1"
    scenario(run())


def test_oversized_prefix_from_router_is_resource_exhausted():
    async def run():
        async with FakeRouter() as router:
            async with serving(make_worker(router.address)):
                peer = await router.next_peer()
                await peer.accept()
                await peer.send_raw(bytes.fromhex("ffffffff"))
                error = await peer.expect("protocol_error")
                assert error.code == StatusCode.RESOURCE_EXHAUSTED
    scenario(run())


def test_ping_is_answered_with_the_same_nonce():
    async def run():
        async with FakeRouter() as router:
            async with serving(make_worker(router.address)):
                peer = await router.next_peer()
                await peer.accept()
                await peer.send(ping=mesh_pb2.Ping(nonce=991))
                pong = await peer.expect("pong", skip=("ping",))
                assert pong.nonce == 991
    scenario(run())


def test_idle_worker_pings_and_leaves_a_silent_router():
    async def run():
        async with FakeRouter() as router:
            async with serving(make_worker(router.address)):
                peer = await router.next_peer()
                await peer.accept(mesh_pb2.Welcome(protocol_version=1, heartbeat_interval_ms=100,
                                                   heartbeat_timeout_ms=600))
                started = time.monotonic()
                first = await peer.expect("ping", skip=())
                second = await peer.expect("ping", skip=())
                assert second.nonce != first.nonce
                await peer.wait_closed(timeout=3)  # we never answer: the lease runs out
                assert 0.5 < time.monotonic() - started < 2.0
                await (await router.next_peer(timeout=3)).expect("hello")
    scenario(run())


def test_call_result_and_unknown_tool():
    async def run():
        async with FakeRouter() as router:
            async with serving(make_worker(router.address)):
                peer = await router.next_peer()
                await peer.accept()
                await peer.send(call=call(5, "echo", b'{"x": [1, "\xc3\xa9"]}'))
                result = await peer.expect("result")
                assert (result.call_id, result.code, result.result) == (5, 0, '{"x":[1,"é"]}'.encode())
                await peer.send(call=call(6, "nope"))
                result = await peer.expect("result")
                assert (result.call_id, result.code) == (6, StatusCode.NOT_FOUND)
                assert result.message == "this worker does not serve tool 'nope'"
    scenario(run())


def test_cancel_ends_an_async_call_with_cancelled_and_stray_cancels_are_ignored():
    async def run():
        async with FakeRouter() as router:
            async with serving(make_worker(router.address)):
                peer = await router.next_peer()
                await peer.accept()
                await peer.send(cancel=mesh_pb2.Cancel(call_id=77, reason="unknown call"))
                await peer.send(call=call(8, "sleeper", b'{"seconds": 30}'))
                await asyncio.sleep(0.1)
                await peer.send(cancel=mesh_pb2.Cancel(call_id=8, reason="cancelled by the client"))
                result = await peer.expect("result", timeout=2)
                assert (result.call_id, result.code) == (8, StatusCode.CANCELLED)
                await peer.send(cancel=mesh_pb2.Cancel(call_id=8, reason="again"))
                await peer.send(call=call(9, "echo"))
                assert (await peer.expect("result")).call_id == 9  # no second result for 8
    scenario(run())


def test_cancel_of_a_sync_call_is_signalled_and_its_real_outcome_sent():
    async def run():
        observed = {}
        release = threading.Event()
        async with FakeRouter() as router:
            worker = Worker(router.address, token="", name="fake-test")

            @worker.tool
            def blocking():
                observed["cancelled"] = current_call().wait_cancelled(5)
                release.wait(5)
                return "finished anyway"

            async with serving(worker):
                peer = await router.next_peer()
                await peer.accept()
                await peer.send(call=call(3, "blocking"))
                await asyncio.sleep(0.1)
                await peer.send(cancel=mesh_pb2.Cancel(call_id=3, reason="stop"))
                await asyncio.sleep(0.1)
                release.set()
                result = await peer.expect("result")
                assert (result.call_id, result.code, result.result) == (3, 0, b'"finished anyway"')
                assert observed["cancelled"] is True
    scenario(run())


def test_local_deadline_cancels_an_async_call():
    async def run():
        async with FakeRouter() as router:
            async with serving(make_worker(router.address)):
                peer = await router.next_peer()
                await peer.accept()
                started = time.monotonic()
                await peer.send(call=call(4, "sleeper", b'{"seconds": 30}', deadline_ms=200))
                result = await peer.expect("result", timeout=3)
                assert (result.call_id, result.code) == (4, StatusCode.DEADLINE_EXCEEDED)
                assert 0.15 < time.monotonic() - started < 2
    scenario(run())


def test_result_too_large_for_a_frame_becomes_resource_exhausted():
    async def run():
        async with FakeRouter() as router:
            worker = Worker(router.address, token="", name="fake-test")

            @worker.tool
            def text_of(length):
                return "x" * length

            async with serving(worker):
                peer = await router.next_peer()
                await peer.accept(mesh_pb2.Welcome(protocol_version=1, max_frame_bytes=200,
                                                   heartbeat_interval_ms=5000))
                await peer.send(call=call(2, "text_of", b'{"length": 150}'))
                assert (await peer.expect("result")).code == 0  # fits
                await peer.send(call=call(3, "text_of", b'{"length": 250}'))
                result = await peer.expect("result")
                assert (result.call_id, result.code) == (3, StatusCode.RESOURCE_EXHAUSTED)
                assert result.message.startswith("result cannot be sent: frame of")
    scenario(run())


def test_refused_registration_raises_with_the_refusals():
    async def run():
        async with FakeRouter() as router:
            worker = make_worker(router.address)
            task = asyncio.ensure_future(worker.serve_async())
            peer = await router.next_peer()
            await peer.expect("hello")
            await peer.send(welcome=mesh_pb2.Welcome(protocol_version=1))
            await peer.expect("register")
            await peer.send(register_ack=mesh_pb2.RegisterAck(
                code=StatusCode.INVALID_ARGUMENT, message="1 of 2 tools refused",
                refusals=[mesh_pb2.ToolRefusal(tool="echo", code=StatusCode.INVALID_ARGUMENT, message="bad")]))
            with pytest.raises(RegistrationRefused) as refusal:
                await asyncio.wait_for(task, 5)
            assert refusal.value.code == StatusCode.INVALID_ARGUMENT
            assert refusal.value.refusals == [("echo", StatusCode.INVALID_ARGUMENT, "bad")]
    scenario(run())


def test_drain_sends_drain_finishes_running_calls_then_closes():
    async def run():
        async with FakeRouter() as router:
            worker = make_worker(router.address)
            task = asyncio.ensure_future(worker.serve_async())
            peer = await router.next_peer()
            await peer.accept()
            await peer.send(call=call(1, "sleeper", b'{"seconds": 0.3}'))
            await asyncio.sleep(0.05)
            worker.drain(grace_ms=5000)
            drain = await peer.expect("drain")
            assert drain.grace_ms == 5000
            result = await peer.expect("result")
            assert (result.call_id, result.code, result.result) == (1, 0, b'"slept"')
            await peer.wait_closed()
            await asyncio.wait_for(task, 2)  # serve returns: no reconnection
            assert router.peers.empty()
    scenario(run())


def test_drain_grace_expiry_stops_without_results():
    async def run():
        async with FakeRouter() as router:
            worker = make_worker(router.address)
            task = asyncio.ensure_future(worker.serve_async())
            peer = await router.next_peer()
            await peer.accept()
            await peer.send(call=call(1, "sleeper", b'{"seconds": 30}'))
            await asyncio.sleep(0.05)
            started = time.monotonic()
            worker.drain(grace_ms=300)
            await peer.expect("drain")
            assert "result" not in await peer.wait_closed()
            await asyncio.wait_for(task, 2)
            assert 0.25 < time.monotonic() - started < 2
    scenario(run())


def test_router_drain_keeps_serving_until_the_router_closes():
    async def run():
        async with FakeRouter() as router:
            async with serving(make_worker(router.address)):
                peer = await router.next_peer()
                await peer.accept()
                await peer.send(drain=mesh_pb2.Drain(reason="router is shutting down", grace_ms=1000))
                await peer.send(call=call(1, "echo"))
                assert (await peer.expect("result")).code == 0
                peer.close()
                await (await router.next_peer(timeout=3)).accept()
    scenario(run())


def test_lost_connection_cancels_async_calls_and_reconnects_with_the_same_id():
    async def run():
        marker = {}
        async with FakeRouter() as router:
            worker = Worker(router.address, token="", name="fake-test", worker_id="stable-id")

            @worker.tool
            async def forever():
                try:
                    await asyncio.sleep(30)
                except asyncio.CancelledError:
                    marker["cancelled"] = True
                    raise

            async with serving(worker):
                peer = await router.next_peer()
                first = await peer.accept()
                await peer.send(call=call(1, "forever"))
                await asyncio.sleep(0.1)
                peer.close()
                second = await (await router.next_peer(timeout=3)).accept()
                assert first.worker_id == second.worker_id == "stable-id"
                assert marker.get("cancelled") is True
    scenario(run())


def test_reconnect_backoff_doubles_from_100_ms_and_is_capped_at_1_s():
    async def run():
        async with FakeRouter() as router:
            async with serving(make_worker(router.address)):
                arrivals = []
                for _ in range(7):
                    peer = await router.next_peer(timeout=3)
                    arrivals.append(time.monotonic())
                    peer.close()  # refuse before Welcome: each attempt fails
                gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:])]
                for gap, expected in zip(gaps, [0.1, 0.2, 0.4, 0.8, 1.0, 1.0]):
                    assert expected * 0.8 < gap < expected + 0.3, gaps
    scenario(run())


def test_tool_error_details_travel_as_the_result_document():
    async def run():
        async with FakeRouter() as router:
            worker = Worker(router.address, token="", name="fake-test")

            @worker.tool
            def lookup(employee):
                raise ToolError(f"no employee {employee}", code="NOT_FOUND", details={"employee": employee})

            async with serving(worker):
                peer = await router.next_peer()
                await peer.accept()
                await peer.send(call=call(1, "lookup", b'{"employee": "e-17"}'))
                result = await peer.expect("result")
                assert (result.code, result.message) == (StatusCode.NOT_FOUND, "no employee e-17")
                assert result.result == b'{"employee":"e-17"}'
    scenario(run())


def test_register_that_cannot_be_encoded_is_refused_locally():
    async def run():
        async with FakeRouter() as router:
            worker = Worker(router.address, token="", name="fake-test")
            worker.add_tool("nul", lambda: None, description="a\x00b")
            task = asyncio.ensure_future(worker.serve_async())
            peer = await router.next_peer()
            await peer.expect("hello")
            await peer.send(welcome=mesh_pb2.Welcome(protocol_version=1))
            with pytest.raises(RegistrationRefused, match="ToolSpec.description contains U\\+0000"):
                await asyncio.wait_for(task, 5)
    scenario(run())
