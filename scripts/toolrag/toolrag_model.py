"""The embedded ToolRAG classifier: a small multi-label model over 16 tools.

Token embeddings (a token that is a word with a pretrained vector, including a piece that happens
to be one, like "co" in "Coit", gets that frozen vector through a learned projection; the others
are learned from scratch) -> a width-3 convolution (so "text" next to a name differs from "text" in
"the text of the email") -> masked max pooling, concatenated with the masked mean of the embeddings
-> a two-layer MLP -> one logit per tool. Exported to ONNX with the inputs and the output of a
Hugging Face sequence classifier (input_ids, attention_mask -> logits), so the same TypeScript
loader runs it and an exported TinyAgent-ToolRAG. The exported embedding table is int8 with one
scale per token, which keeps a 30,000-word vocabulary near 2 MB.
"""

import warnings

import torch
from torch import nn

# torch 1.13's exporter warns about constants it cannot shape-infer; the graph is still complete.
warnings.filterwarnings("ignore", message="The shape inference of prim::Constant")


class ToolRagModel(nn.Module):
    def __init__(
        self,
        vocab_size: int,
        labels: int,
        dim: int = 64,
        channels: int = 128,
        hidden: int = 128,
        word_vectors: torch.Tensor | None = None,
    ):
        """word_vectors: (vocab_size, D) pretrained vectors, a row of zeros where a token has none;
        kept frozen, so a word the training rows never use still lands near its neighbours."""
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim, padding_idx=0)
        if word_vectors is not None:
            norms = word_vectors.norm(dim=1, keepdim=True)
            self.register_buffer("word_vectors", word_vectors / norms.clamp(min=1e-6))
            self.register_buffer("has_vector", (norms > 0).to(torch.float32))
            self.projection = nn.Linear(word_vectors.shape[1], dim, bias=False)
        else:
            self.word_vectors = None
        self.conv = nn.Conv1d(dim, channels, kernel_size=3, padding=1)
        self.dropout = nn.Dropout(0.1)
        self.hidden = nn.Linear(channels + dim, hidden)
        self.out = nn.Linear(hidden, labels)

    def embed(self, input_ids: torch.Tensor) -> torch.Tensor:
        if self.word_vectors is None:
            return self.embedding(input_ids)
        has = self.has_vector[input_ids]
        return has * self.projection(self.word_vectors[input_ids]) + (1.0 - has) * self.embedding(input_ids)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.classify(self.embed(input_ids), attention_mask)

    def classify(self, embedded: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        mask = attention_mask.unsqueeze(-1).to(torch.float32)  # B, T, 1
        embedded = embedded * mask  # B, T, D
        convolved = torch.relu(self.conv(embedded.transpose(1, 2))).transpose(1, 2)  # B, T, C
        # Padding must never win the max: push it far below any real activation (ReLU >= 0).
        pooled_max = (convolved - (1.0 - mask) * 1e4).max(dim=1).values
        pooled_mean = embedded.sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
        features = torch.cat([pooled_max, pooled_mean], dim=1)
        return self.out(self.dropout(torch.relu(self.hidden(features))))


class QuantizedToolRag(nn.Module):
    """The model as exported: its whole embedding table computed once and stored as int8, one
    symmetric scale per token (the vectors' projection is folded in)."""

    def __init__(self, model: ToolRagModel):
        super().__init__()
        self.model = model
        with torch.no_grad():
            table = model.embed(torch.arange(model.embedding.num_embeddings))
        scale = table.abs().amax(dim=1, keepdim=True).clamp(min=1e-8) / 127.0
        self.register_buffer("table", torch.round(table / scale).to(torch.int8))
        self.register_buffer("scale", scale)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        embedded = self.table[input_ids].to(torch.float32) * self.scale[input_ids]
        return self.model.classify(embedded, attention_mask)


class EnsembleToolRag(nn.Module):
    """Several members' probabilities averaged, returned as the log-odds of the mean, so a reader
    that applies a sigmoid to "logits" (any Hugging Face classifier runner) gets the mean."""

    def __init__(self, members: list[nn.Module]):
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        probabilities = torch.stack([torch.sigmoid(m(input_ids, attention_mask)) for m in self.members])
        mean = probabilities.mean(dim=0).clamp(1e-7, 1.0 - 1e-7)
        return torch.log(mean) - torch.log1p(-mean)


def combined(members: list[nn.Module]) -> nn.Module:
    """One model alone, or the ensemble of several."""
    return members[0] if len(members) == 1 else EnsembleToolRag(members)


def export_onnx(models: list[ToolRagModel], path: str, opset: int = 14) -> nn.Module:
    """Writes the graph (the ensemble's when there are several models). Returns the module it
    exported, to compare with the float models."""
    for model in models:
        model.eval()
    exported = combined([QuantizedToolRag(model).eval() for model in models]).eval()
    export_classifier_graph(exported, path, opset)
    return exported


def export_classifier_graph(module: nn.Module, path: str, opset: int = 14, fold_constants: bool = True) -> None:
    """Writes `module` as a Hugging Face-style sequence classifier graph: int64 `input_ids` and
    `attention_mask` (as HF tokenizers give) to `logits`, with dynamic batch and sequence axes."""
    ids = torch.ones((1, 8), dtype=torch.int64)
    mask = torch.ones((1, 8), dtype=torch.int64)
    torch.onnx.export(
        module,
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
        do_constant_folding=fold_constants,
    )
