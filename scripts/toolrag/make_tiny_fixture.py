"""Writes the tiny ONNX classifier of test/fixtures/toolrag-tiny (run by makeTinyFixture.ts).

Same architecture and export as the embedded model (toolrag_model.py), with hand-set weights
instead of training, so its answers are known: a word's embedding is a one-hot on the tool it
suggests, the mean pooling carries that to the tool's logit, and a negative bias keeps every other
tool below 0.5. Usage: make_tiny_fixture.py SPEC.json OUT.onnx, where SPEC.json is
{"vocab_size": N, "labels": 16, "word_tools": [[token_id, label_index], ...]}.
"""

import json
import sys

import torch

from toolrag_model import ToolRagModel, export_onnx


def main() -> None:
    spec_path, out_path = sys.argv[1], sys.argv[2]
    with open(spec_path, encoding="utf-8") as file:
        spec = json.load(file)
    labels = spec["labels"]
    model = ToolRagModel(spec["vocab_size"], labels, dim=labels, channels=4, hidden=labels)
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.zero_()
        for token_id, label in spec["word_tools"]:
            model.embedding.weight[token_id, label] = 16.0
        # hidden = relu(mean part), the max-pooling part (first 4 features) is ignored.
        model.hidden.weight[:, 4:] = torch.eye(labels)
        model.out.weight.copy_(torch.eye(labels) * 4.0)
        model.out.bias.fill_(-1.5)
    export_onnx([model], out_path)


if __name__ == "__main__":
    torch.manual_seed(0)
    torch.set_num_threads(1)
    main()
