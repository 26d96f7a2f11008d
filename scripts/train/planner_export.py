"""What the trainer hands to TypeScript: manifest + weights, greedy samples, tokenizer checks."""

import copy
import json
import os

import torch

from planner_model import round_f16

STOP = "<END_OF_PLAN>"

# Texts that stress the tokenizer beyond the corpus: unseen characters (byte fallback), repeated
# and leading spaces, tabs, blank lines, special-token look-alikes, NFKC-sensitive characters.
TOKENIZER_STRESS = [
    "Text Zoë Müller that I'm  running late 😀",
    "  two leading spaces and a trailing one ",
    "tabs\tand\nnewlines\n\nblank line",
    "ünïcödé ß 東京 Ⅻ ﬁle Ｆｕｌｌ",
    "<END_OF_PLAN></s><s><unk> <0x0A>",
    'Question: email "Jo O\'Neil" at 9:30am re: Q3 (draft #2)',
    "a",
]


def weight_tensors(model):
    """(name, tensor) in the order weights.bin stores them; names are LlamaWeights' in TypeScript."""
    yield "tokenEmbedding", model.embedding.weight
    for index, block in enumerate(model.blocks):
        prefix = f"blocks.{index}."
        yield prefix + "attentionNorm", block.attention_norm.weight
        yield prefix + "attentionQuery", block.query.weight
        yield prefix + "attentionKey", block.key.weight
        yield prefix + "attentionValue", block.value.weight
        yield prefix + "attentionOutput", block.attention_output.weight
        yield prefix + "feedForwardNorm", block.feed_forward_norm.weight
        yield prefix + "feedForwardGate", block.gate.weight
        yield prefix + "feedForwardUp", block.up.weight
        yield prefix + "feedForwardDown", block.down.weight
    yield "outputNorm", model.norm.weight


def write_model(model, vocabulary, training, matrix_type, out):
    """manifest.json + weights.bin (float32 little endian, row-major, in weight_tensors order)."""
    config = model.config
    tensors, offset = [], 0
    with open(os.path.join(out, "weights.bin"), "wb") as file:
        for name, tensor in weight_tensors(model):
            data = tensor.detach().cpu().float().contiguous().numpy().astype("<f4")
            file.write(data.tobytes())
            tensors.append({"name": name, "shape": list(data.shape), "offset": offset})
            offset += data.nbytes
    manifest = {
        "format": "tinyagent-planner/1",
        "hyperparameters": {
            "contextLength": config["context"],
            "embeddingLength": config["dim"],
            "blockCount": config["layers"],
            "feedForwardLength": config["ffn"],
            "headCount": config["heads"],
            "headCountKv": config["kv_heads"],
            "layerNormRmsEpsilon": config["norm_eps"],
            "ropeFreqBase": config["rope_base"],
            "vocabularySize": config["vocab"],
        },
        "tokenizer": vocabulary,
        "matrixType": matrix_type,
        "weights": {"file": "weights.bin", "dtype": "float32-le", "bytes": offset, "tensors": tensors},
        "training": training,
    }
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as file:
        json.dump(manifest, file, ensure_ascii=False, indent=1)


def inference_copy(model, matrix_type):
    """A CPU copy that computes as llama.cpp will: F16 matrices, activations rounded where ggml does."""
    copy_ = copy.deepcopy(model).cpu().eval()
    if matrix_type == "F16":
        copy_.emulate_f16 = True
        with torch.no_grad():
            for parameter in copy_.parameters():
                if parameter.dim() == 2:
                    parameter.copy_(round_f16(parameter))
    return copy_


def piece_bytes(sp, token):
    """A token's text as llama.cpp's token_to_piece gives it: ▁ is a space, <0xAB> is one byte."""
    if sp.is_byte(token):
        return bytes([int(sp.id_to_piece(token)[3:5], 16)])
    if sp.is_control(token) or sp.is_unknown(token):
        return b""
    return sp.id_to_piece(token).replace("\u2581", " ").encode("utf-8")


@torch.no_grad()
def greedy(model, sp, prompt, max_new_tokens):
    """Greedy continuation of BOS + prompt until the text holds <END_OF_PLAN>, EOS or the limit."""
    ids = [sp.bos_id()] + sp.encode(prompt)
    caches = [{} for _ in model.blocks]
    hidden = model.hidden(torch.tensor([ids]), caches, 0)
    position, generated, margins, text = len(ids), [], [], ""
    while len(generated) < max_new_tokens:
        top = model.logits(hidden[:, -1])[0].topk(2)
        token = int(top.indices[0])
        margins.append(float(top.values[0] - top.values[1]))
        if token == sp.eos_id():
            break
        generated.append(token)
        text = b"".join(piece_bytes(sp, t) for t in generated).decode("utf-8", errors="replace")
        if STOP in text:
            text = text[: text.index(STOP) + len(STOP)]
            break
        hidden = model.hidden(torch.tensor([[token]]), caches, position)
        position += 1
    return generated, text, min(margins, default=0.0)


def write_parity(model, sp, items, max_new_tokens, out):
    """parity.jsonl: greedy output of the exported model (as llama.cpp computes) for each item's prompt.

    `minMargin` is the smallest gap between the top two logits over the steps: a sample with a tiny
    margin may flip under a different summation order, so it tells a near-tie from an export bug.
    Returns how many outputs equal the gold completion.
    """
    exact = 0
    with open(os.path.join(out, "parity.jsonl"), "w", encoding="utf-8") as file:
        for item in items:
            tokens, text, margin = greedy(model, sp, item["prompt"], max_new_tokens)
            exact += text == item["completion"]
            sample = {
                "prompt": item["prompt"],
                "promptTokens": sp.encode(item["prompt"]),
                "tokens": tokens,
                "text": text,
                "maxTokens": max_new_tokens,
                "minMargin": round(margin, 4),
                "gold": item["completion"],
            }
            file.write(json.dumps(sample, ensure_ascii=False) + "\n")
    return exact


def write_tokenizer_check(sp, items, out):
    """tokenizer-check.jsonl: SentencePiece's ids (no BOS) for whole texts, for llama.cpp to match."""
    texts = [item["prompt"] + item["completion"] for item in items] + TOKENIZER_STRESS
    with open(os.path.join(out, "tokenizer-check.jsonl"), "w", encoding="utf-8") as file:
        for text in texts:
            file.write(json.dumps({"text": text, "ids": sp.encode(text)}, ensure_ascii=False) + "\n")
    return len(texts)
