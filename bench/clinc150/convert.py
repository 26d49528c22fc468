#!/usr/bin/env python3
"""Converts CLINC150 (data_full.json, CC BY 3.0) into the JSONL files of `chatbot nlu eval`.

usage: convert.py [DATA_FULL_JSON] [OUT_DIR]
Writes train.jsonl (train + oos_train), val.jsonl (val + oos_val), test.jsonl (test + oos_test).
Out-of-scope lines keep the dataset's label "oos", which is also the evaluator's.
"""
import json
import os
import sys

source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared/bench/clinc150/data_full.json")
out_dir = sys.argv[2] if len(sys.argv) > 2 else "bench-results/clinc150"
data = json.load(open(source, encoding="utf-8"))
os.makedirs(out_dir, exist_ok=True)
for name, parts in {"train": ["train", "oos_train"], "val": ["val", "oos_val"], "test": ["test", "oos_test"]}.items():
    with open(os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8") as out:
        count = 0
        for part in parts:
            for text, label in data[part]:
                out.write(json.dumps({"text": text, "label": label, "lang": "en"}, ensure_ascii=False) + "\n")
                count += 1
    print(f"{out_dir}/{name}.jsonl: {count} lines")
