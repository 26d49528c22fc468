#!/usr/bin/env python3
"""What idle event streams cost the service.

Starts conversations, opens event streams on them that then stay quiet, and measures the service process's CPU time
over a window with no streams and over the same window with the streams open. Standard library only; Linux (/proc).

    python3 bench/streams/idle_streams.py --url http://127.0.0.1:5391 --pid PID --conversations 100 --per-conversation 10

The service must run with the address rate limit and the stream caps off for this (one address opens everything):
    --Web:RateLimit:PerAddressPerMinute=0 --Web:Events:MaxStreamsPerConversation=0 --Web:Events:MaxStreamsPerAddress=0
"""

import argparse
import asyncio
import json
import os
import time
import urllib.parse
import urllib.request

API = "/api/chat/conversations"


def wait_until_serving(url, patience=120):
    """The service loads its model before it listens: wait for /health."""
    until = time.monotonic() + patience
    while True:
        try:
            with urllib.request.urlopen(url + "/health") as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > until:
            raise SystemExit(f"{url}/health did not answer within {patience} s")
        time.sleep(0.5)


def start_conversation(url):
    request = urllib.request.Request(url + API, data=b"{}", headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request) as response:
        body = json.load(response)
    return body["conversationId"], body["token"]


def cpu_seconds(pid):
    """User and system CPU seconds of the process so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # utime and stime, fields 14 and 15 of proc(5), counted after the command name.
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / tick, int(fields[12]) / tick


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Stream:
    def __init__(self):
        self.received = 0
        self.writer = None


async def open_stream(url, conversation_id, token, stream):
    parts = urllib.parse.urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
    stream.writer = writer
    path = f"{API}/{conversation_id}/events"
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAuthorization: Bearer {token}\r\n"
        f"Accept: text/event-stream\r\n\r\n".encode())
    await writer.drain()
    status = await reader.readline()
    if b" 200 " not in status:
        raise RuntimeError(f"a stream was refused: {status.decode().strip()} (are the stream caps off?)")
    while True:
        chunk = await reader.read(4096)
        if not chunk:
            return
        stream.received += len(chunk)


class Usage:
    """CPU time over a window, in per cent of one core."""

    def __init__(self, user, system):
        self.user, self.system = user, system

    def __str__(self):
        return f"{self.user + self.system:.2f} % of one core ({self.user:.2f} user, {self.system:.2f} system)"


async def measure(pid, seconds):
    user, system = cpu_seconds(pid)
    started = time.monotonic()
    await asyncio.sleep(seconds)
    elapsed = time.monotonic() - started
    user_after, system_after = cpu_seconds(pid)
    return Usage((user_after - user) / elapsed * 100, (system_after - system) / elapsed * 100)


async def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--pid", type=int, required=True, help="the service's process id, to read its CPU time")
    parser.add_argument("--conversations", type=int, default=100)
    parser.add_argument("--per-conversation", type=int, default=10)
    parser.add_argument("--settle", type=float, default=10, help="seconds to wait after opening, before measuring")
    parser.add_argument("--window", type=float, default=60, help="seconds of each measurement")
    args = parser.parse_args()

    wait_until_serving(args.url)
    chats = [start_conversation(args.url) for _ in range(args.conversations)]
    await asyncio.sleep(args.settle)
    without = await measure(args.pid, args.window)
    rss_without = rss_mib(args.pid)

    streams = [Stream() for _ in range(args.conversations * args.per_conversation)]
    tasks = [asyncio.create_task(open_stream(args.url, chat_id, token, streams[i * args.per_conversation + j]))
             for i, (chat_id, token) in enumerate(chats) for j in range(args.per_conversation)]
    await asyncio.sleep(args.settle)
    errors = [t.exception() for t in tasks if t.done()]
    if errors:
        raise SystemExit(f"{len(errors)} of {len(tasks)} streams ended early; the first: {errors[0]}")

    with_streams = await measure(args.pid, args.window)
    rss_with = rss_mib(args.pid)
    received = sum(s.received for s in streams)
    print(f"conversations {args.conversations}, streams {len(streams)}, window {args.window:.0f} s")
    print(f"service CPU without streams: {without}, RSS {rss_without:.0f} MiB")
    print(f"service CPU with idle streams: {with_streams}, RSS {rss_with:.0f} MiB")
    # Only meaningful with a GC that gives memory back (DOTNET_gcServer=0): the server GC keeps what it once took.
    print(f"RSS per stream: {(rss_with - rss_without) * 1024 / len(streams):.1f} KiB")
    print(f"bytes received on all streams (retry field and keep-alives): {received}")
    for s in streams:
        s.writer.close()


if __name__ == "__main__":
    asyncio.run(main())
