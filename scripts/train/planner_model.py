"""A llama-architecture decoder in plain PyTorch, laid out exactly as llama.cpp's `llama` graph.

RMSNorm (eps 1e-5), rotary embeddings on ADJACENT pairs (x[2i], x[2i+1]) as llama.cpp's
LLAMA_ROPE_TYPE_NORM rotates them (so the query/key rows export without a permutation), base
10000, SwiGLU feed-forward, no biases, grouped-query attention optional, output tied to the
token embedding (the GGUF omits output.weight and llama.cpp falls back to token_embd).
"""

import math

import torch
import torch.nn.functional as F
from torch import nn


def round_f16(x):
    """x as ggml sees it after storing it in half precision."""
    return x.half().float()


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotary_tables(head_dim, length, base):
    """cos/sin of position·base^(-2i/head_dim) for each adjacent pair i: [length, head_dim/2]."""
    inverse = base ** (-torch.arange(0, head_dim, 2, dtype=torch.float64) / head_dim)
    angles = torch.outer(torch.arange(length, dtype=torch.float64), inverse)
    return angles.cos().float(), angles.sin().float()


def rotate(x, cos, sin):
    """Rotates adjacent pairs of x [batch, heads, time, head_dim] by the angles for its positions."""
    pairs = x.unflatten(-1, (-1, 2))
    even, odd = pairs[..., 0], pairs[..., 1]
    # Under bf16 autocast x is bf16: float32 tables would promote q and k but not v.
    cos, sin = cos.to(x.dtype), sin.to(x.dtype)
    return torch.stack((even * cos - odd * sin, even * sin + odd * cos), dim=-1).flatten(-2)


class Block(nn.Module):
    def __init__(self, config):
        super().__init__()
        dim, heads, kv_heads = config["dim"], config["heads"], config["kv_heads"]
        self.heads, self.kv_heads, self.head_dim = heads, kv_heads, dim // heads
        self.attention_norm = RMSNorm(dim, config["norm_eps"])
        self.query = nn.Linear(dim, heads * self.head_dim, bias=False)
        self.key = nn.Linear(dim, kv_heads * self.head_dim, bias=False)
        self.value = nn.Linear(dim, kv_heads * self.head_dim, bias=False)
        self.attention_output = nn.Linear(heads * self.head_dim, dim, bias=False)
        self.feed_forward_norm = RMSNorm(dim, config["norm_eps"])
        self.gate = nn.Linear(dim, config["ffn"], bias=False)
        self.up = nn.Linear(dim, config["ffn"], bias=False)
        self.down = nn.Linear(config["ffn"], dim, bias=False)

    def forward(self, x, cos, sin, cache, emulate_f16):
        r = round_f16 if emulate_f16 else (lambda t: t)
        batch, time, _ = x.shape
        h = r(self.attention_norm(x))
        q = self.query(h).view(batch, time, self.heads, self.head_dim).transpose(1, 2)
        k = self.key(h).view(batch, time, self.kv_heads, self.head_dim).transpose(1, 2)
        v = self.value(h).view(batch, time, self.kv_heads, self.head_dim).transpose(1, 2)
        q, k = rotate(q, cos, sin), rotate(k, cos, sin)
        start = 0
        if cache is not None:
            # llama.cpp keeps K and V in an F16 cache.
            k, v = r(k), r(v)
            if "k" in cache:
                start = cache["k"].shape[2]
                k = torch.cat((cache["k"], k), dim=2)
                v = torch.cat((cache["v"], v), dim=2)
            cache["k"], cache["v"] = k, v
        if self.kv_heads != self.heads:
            k = k.repeat_interleave(self.heads // self.kv_heads, dim=1)
            v = v.repeat_interleave(self.heads // self.kv_heads, dim=1)
        if cache is None and not emulate_f16 and hasattr(F, "scaled_dot_product_attention"):
            # Training and validation (torch >= 2): fused attention, far faster and leaner on a GPU.
            attended = F.scaled_dot_product_attention(q, k.to(q.dtype), v.to(q.dtype), is_causal=True)
        else:
            scores = (r(q) @ k.transpose(-1, -2)) / math.sqrt(self.head_dim)
            total = k.shape[2]
            mask = torch.ones(time, total, dtype=torch.bool, device=x.device).tril(diagonal=start)
            scores = scores.masked_fill(~mask, float("-inf"))
            attended = r(scores.softmax(-1)) @ v
        x = x + self.attention_output(r(attended.transpose(1, 2).reshape(batch, time, -1)))
        h = r(self.feed_forward_norm(x))
        return x + self.down(r(F.silu(self.gate(h)) * self.up(h)))


class LlamaDecoder(nn.Module):
    """config: vocab, dim, layers, heads, kv_heads, ffn, context, norm_eps, rope_base."""

    def __init__(self, config):
        super().__init__()
        self.config = config
        self.embedding = nn.Embedding(config["vocab"], config["dim"])
        self.blocks = nn.ModuleList(Block(config) for _ in range(config["layers"]))
        self.norm = RMSNorm(config["dim"], config["norm_eps"])
        cos, sin = rotary_tables(config["dim"] // config["heads"], config["context"], config["rope_base"])
        self.register_buffer("cos", cos, persistent=False)
        self.register_buffer("sin", sin, persistent=False)
        self.emulate_f16 = False
        self.reset_parameters()

    def reset_parameters(self):
        for name, parameter in self.named_parameters():
            if parameter.dim() < 2:
                continue
            std = 0.02
            # GPT-2's scaling of the projections that write into the residual stream.
            if name.endswith("attention_output.weight") or name.endswith("down.weight"):
                std /= math.sqrt(2 * self.config["layers"])
            nn.init.normal_(parameter, mean=0.0, std=std)

    def hidden(self, ids, caches=None, start=0):
        """Final normalized hidden states [batch, time, dim] for ids starting at position `start`."""
        x = self.embedding(ids)
        time = ids.shape[1]
        if start + time > self.cos.shape[0]:
            # Decoding may run past the trained context, as llama.cpp does with a larger context.
            head_dim = self.config["dim"] // self.config["heads"]
            cos, sin = rotary_tables(head_dim, 2 * (start + time), self.config["rope_base"])
            self.cos, self.sin = cos.to(self.cos.device), sin.to(self.sin.device)
        cos, sin = self.cos[start : start + time], self.sin[start : start + time]
        for index, block in enumerate(self.blocks):
            cache = None if caches is None else caches[index]
            x = block(x, cos, sin, cache, self.emulate_f16)
        x = self.norm(x)
        return round_f16(x) if self.emulate_f16 else x

    def logits(self, hidden):
        return hidden @ self.embedding.weight.t()
