"""Exports the reference ToolRAG classifier, squeeze-ai-lab/TinyAgent-ToolRAG (DeBERTa-v3-small,
16 labels), into the folder layout TinyAgent loads: config.json, tokenizer.json,
tokenizer_config.json and onnx/model.onnx (inputs input_ids and attention_mask, output logits).

Run it on a machine that can reach the Hugging Face Hub, with transformers, sentencepiece and torch
installed (pip install "transformers>=4.40" sentencepiece torch):

    python3 scripts/toolrag/export_tinyagent_toolrag.py ~/tinyagent-toolrag
    npx tinyagent prompt --tools auto --toolrag-model ~/tinyagent-toolrag --query "Text Sid I'm late"
    npx tinyagent run "Text Sid I'm late" --toolrag-model ~/tinyagent-toolrag

The model's config names its labels LABEL_0 … LABEL_15; TinyAgent reads them in the reference order
(create_calendar_event first, get_zoom_meeting_link last). With Hugging Face Optimum instead,
`optimum-cli export onnx --model squeeze-ai-lab/TinyAgent-ToolRAG --task text-classification DIR`
writes model.onnx at the top of DIR, which the loader accepts too.
"""

import os
import sys

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

MODEL_ID = "squeeze-ai-lab/TinyAgent-ToolRAG"


class Logits(torch.nn.Module):
    """Returns the logits tensor alone, so the ONNX graph has one output named logits."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask).logits


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else "tinyagent-toolrag"
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    tokenizer = AutoTokenizer.from_pretrained(MODEL_ID, use_fast=True)
    model = AutoModelForSequenceClassification.from_pretrained(MODEL_ID, num_labels=16).eval()
    # tokenizer.json and tokenizer_config.json (the fast tokenizer), config.json with id2label.
    tokenizer.save_pretrained(out)
    model.config.save_pretrained(out)
    sample = tokenizer("Text Sid that I'm running late", return_tensors="pt")
    torch.onnx.export(
        Logits(model),
        (sample["input_ids"], sample["attention_mask"]),
        os.path.join(out, "onnx", "model.onnx"),
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"},
            "logits": {0: "batch"},
        },
        opset_version=14,
    )
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
