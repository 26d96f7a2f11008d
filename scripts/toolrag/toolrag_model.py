"""The embedded ToolRAG classifier: a small from-scratch multi-label model over 16 tools.

Token embeddings -> a width-3 convolution (so "text" next to a name differs from "text" in
"the text of the email") -> masked max pooling, concatenated with the masked mean of the
embeddings -> a two-layer MLP -> one logit per tool. Exported to ONNX with the inputs and the
output of a Hugging Face sequence classifier (input_ids, attention_mask -> logits), so the same
TypeScript loader runs it and an exported TinyAgent-ToolRAG.
"""

import warnings

import torch
from torch import nn

# torch 1.13's exporter warns about constants it cannot shape-infer; the graph is still complete.
warnings.filterwarnings("ignore", message="The shape inference of prim::Constant")


class ToolRagModel(nn.Module):
    def __init__(self, vocab_size: int, labels: int, dim: int = 64, channels: int = 128, hidden: int = 128):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim, padding_idx=0)
        self.conv = nn.Conv1d(dim, channels, kernel_size=3, padding=1)
        self.dropout = nn.Dropout(0.1)
        self.hidden = nn.Linear(channels + dim, hidden)
        self.out = nn.Linear(hidden, labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        mask = attention_mask.unsqueeze(-1).to(torch.float32)  # B, T, 1
        embedded = self.embedding(input_ids) * mask  # B, T, D
        convolved = torch.relu(self.conv(embedded.transpose(1, 2))).transpose(1, 2)  # B, T, C
        # Padding must never win the max: push it far below any real activation (ReLU >= 0).
        pooled_max = (convolved - (1.0 - mask) * 1e4).max(dim=1).values
        pooled_mean = embedded.sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
        features = torch.cat([pooled_max, pooled_mean], dim=1)
        return self.out(self.dropout(torch.relu(self.hidden(features))))


def export_onnx(model: ToolRagModel, path: str, opset: int = 14) -> None:
    """Writes the graph with dynamic batch and sequence axes; inputs int64 as HF tokenizers give."""
    model.eval()
    ids = torch.ones((1, 8), dtype=torch.int64)
    mask = torch.ones((1, 8), dtype=torch.int64)
    torch.onnx.export(
        model,
        (ids, mask),
        path,
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"},
            "logits": {0: "batch"},
        },
        opset_version=opset,
        do_constant_folding=True,
    )
