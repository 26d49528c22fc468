#!/usr/bin/env python3
"""Time from starting the service to its first answered chat message, with a cached model and with an empty model folder.

Each run starts the built service on a new data folder, asks POST /api/chat/conversations until it is answered (the
service accepts no request before its model is loaded or trained), sends one question of bench/loadtest/questions.ru.txt
and stops the service. It prints one line a run and the medians:

  cached  run=1  first_answer_s=1.62  conversation_s=1.41  message_ms=210.3  model="loaded from the cache in 0.4 s"  peak_rss_mb=171.2

first_answer_s is from starting the process to the answer of the message; conversation_s to the conversation's greeting;
message_ms the message alone; peak_rss_mb the service's VmHWM when it is stopped. "cached" runs share one model folder,
loaded or trained by a run before them that is not counted (--models keeps that folder between invocations, so that
two builds can be compared in turns without training again); "empty" runs each get an empty one and train.

Usage, from the repository root, after `dotnet build src/ChatBot.Host -c Release`:
  python3 bench/startup/first_answer.py [--dll src/ChatBot.Host/bin/Release/net10.0/chatbot.dll] [--runs 3]
                                        [--modes cached,empty] [--models DIR] [--port 5393]
"""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MODEL_LINE = re.compile(r"Intent model (.+? in [0-9.,]+ s)")


def post(url, body, token=None, timeout=60):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST")
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, json.loads(response.read() or b"{}")


def first_question():
    path = os.path.join(REPOSITORY, "bench", "loadtest", "questions.ru.txt")
    with open(path, encoding="utf-8") as lines:
        return next(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def peak_rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def run_once(dll, data, models, port, question, deadline_s=600):
    url = f"http://127.0.0.1:{port}"
    log_path = data + ".log"
    with open(log_path, "w", encoding="utf-8") as log:
        started = time.monotonic()
        process = subprocess.Popen(
            ["dotnet", dll, "--urls", url, f"--ChatBot:DataDir={data}", f"--ChatBot:ModelDir={models}"],
            stdout=log, stderr=subprocess.STDOUT)
    try:
        while True:
            if process.poll() is not None:
                sys.exit(f"first_answer.py: the service stopped with exit code {process.returncode}; see {log_path}")
            if time.monotonic() - started > deadline_s:
                sys.exit(f"first_answer.py: no answer after {deadline_s} s; see {log_path}")
            try:
                status, conversation = post(url + "/api/chat/conversations", {"lang": "ru"})
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.02)
        greeted = time.monotonic()
        if status != 201:
            sys.exit(f"first_answer.py: starting a conversation answered {status}")
        sent = time.monotonic()
        _, answer = post(f"{url}/api/chat/conversations/{conversation['conversationId']}/messages",
                         {"text": question}, token=conversation["token"])
        answered = time.monotonic()
        if not answer.get("replies"):
            sys.exit("first_answer.py: the message got no reply")
        rss = peak_rss_mb(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    with open(log_path, encoding="utf-8") as log:
        model = next((m.group(1) for m in map(MODEL_LINE.search, log) if m), "not logged")
    return {"first_answer_s": answered - started, "conversation_s": greeted - started,
            "message_ms": (answered - sent) * 1000, "model": model, "peak_rss_mb": rss}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dll", default=os.path.join(REPOSITORY, "src/ChatBot.Host/bin/Release/net10.0/chatbot.dll"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--modes", default="cached,empty")
    parser.add_argument("--models", help="the model folder of the cached runs, kept (default: a new one, trained first)")
    parser.add_argument("--port", type=int, default=5393)
    arguments = parser.parse_args()
    modes = arguments.modes.split(",")
    if not os.path.isfile(arguments.dll) or arguments.runs < 1 or not set(modes) <= {"cached", "empty"}:
        sys.exit("first_answer.py: needs a built --dll, --runs of at least 1 and --modes among cached,empty")

    question = first_question()
    work = tempfile.mkdtemp(prefix="chatbot-startup-")
    try:
        shared_models = os.path.abspath(arguments.models) if arguments.models else os.path.join(work, "models")
        if "cached" in modes:
            run_once(arguments.dll, os.path.join(work, "warm"), shared_models, arguments.port, question)
        for mode in modes:
            results = []
            for run in range(1, arguments.runs + 1):
                models = shared_models if mode == "cached" else os.path.join(work, f"models-{run}")
                result = run_once(arguments.dll, os.path.join(work, f"{mode}-{run}"), models, arguments.port, question)
                results.append(result)
                print(f"{mode:6}  run={run}  first_answer_s={result['first_answer_s']:.2f}  "
                      f"conversation_s={result['conversation_s']:.2f}  message_ms={result['message_ms']:.1f}  "
                      f"model=\"{result['model']}\"  peak_rss_mb={result['peak_rss_mb']:.1f}", flush=True)
            median = statistics.median(r["first_answer_s"] for r in results)
            rss = statistics.median(r["peak_rss_mb"] for r in results)
            print(f"{mode:6}  median first_answer_s={median:.2f}  peak_rss_mb={rss:.1f}  "
                  f"({arguments.runs} runs, load average {os.getloadavg()[0]:.1f})", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
