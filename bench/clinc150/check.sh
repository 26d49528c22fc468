#!/usr/bin/env bash
# CLINC150 end to end: convert, train on train, choose thresholds on val, score test; fails when the
# figures fall below the project's aim (in scope >= 0.91 with out-of-scope recall >= 0.50).
set -euo pipefail
cd "$(dirname "$0")/../.."

python3 bench/clinc150/convert.py
dotnet build src/ChatBot.Host -c Release -warnaserror 2>&1 | tail -n 2
data=$(mktemp -d)
report=bench-results/clinc150/report.json
dotnet src/ChatBot.Host/bin/Release/net10.0/chatbot.dll nlu eval --ChatBot:DataDir="$data" \
  --train bench-results/clinc150/train.jsonl --val bench-results/clinc150/val.jsonl \
  --test bench-results/clinc150/test.jsonl > "$report"
rm -rf "$data"
python3 - "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
ok = r["in_scope_accuracy"] >= 0.91 and r["oos_recall"] >= 0.50
print(f"CLINC150: in scope {r['in_scope_accuracy']:.4f}, oos recall {r['oos_recall']:.4f} "
      f"(accept {r['thresholds']['Accept']}, margin {r['thresholds']['Margin']}): {'meets' if ok else 'BELOW'} the aim 0.91 / 0.50")
sys.exit(0 if ok else 1)
PY
