"""Trains the embedded ToolRAG classifier and exports it to ONNX (run by trainToolRag.ts).

Usage: train_classifier.py DATA.json OUT.onnx METRICS.json
DATA.json (written by trainToolRag.ts, which tokenises with the same tokenizer.json the runtime
loads): {"vocab_size", "labels", "epochs", "seed", "threads", "special_ids", "pos_weight",
         "token_dropout", "word_vectors": null or {"file", "dimensions"},
         "train": {"ids": [[...]], "tools": [[label, ...]]}, "valid": {...}}.
word_vectors.file holds vocab_size x dimensions float32 values, zeros for tokens without a vector.
Multi-label BCE with positive examples weighted up (a missed tool breaks the plan; an extra one
only lengthens the prompt), token dropout to [UNK] so unseen words (new names) are not trusted,
and the epoch with the best validation recall (then fewest tools selected) is exported.
"""

import json
import math
import random
import sys
import time

import numpy
import torch
from torch import nn

from toolrag_model import ToolRagModel, export_onnx

UNK_ID = 1
THRESHOLD = 0.5


def tensors(split, labels):
    lengths = [len(ids) for ids in split["ids"]]
    width = max(lengths)
    ids = torch.zeros((len(lengths), width), dtype=torch.int64)
    mask = torch.zeros((len(lengths), width), dtype=torch.int64)
    targets = torch.zeros((len(lengths), labels), dtype=torch.float32)
    for row, (tokens, tools) in enumerate(zip(split["ids"], split["tools"])):
        ids[row, : len(tokens)] = torch.tensor(tokens, dtype=torch.int64)
        mask[row, : len(tokens)] = 1
        for tool in tools:
            targets[row, tool] = 1.0
    return ids, mask, targets


def evaluate(model, ids, mask, targets):
    model.eval()
    with torch.no_grad():
        chosen = torch.sigmoid(model(ids, mask)) > THRESHOLD
    gold = targets > 0.5
    covered = (gold & chosen).sum().item()
    rows_all = ((gold & ~chosen).sum(dim=1) == 0).float().mean().item()
    return {
        "row_recall": rows_all,
        "micro_recall": covered / max(1, gold.sum().item()),
        "mean_tools": chosen.sum(dim=1).float().mean().item(),
        "empty_rows": int((chosen.sum(dim=1) == 0).sum().item()),
    }


def main():
    data_path, out_path, metrics_path = sys.argv[1:4]
    with open(data_path, encoding="utf-8") as file:
        data = json.load(file)
    random.seed(data["seed"])
    torch.manual_seed(data["seed"])
    torch.set_num_threads(data["threads"])
    labels = data["labels"]
    train_ids, train_mask, train_targets = tensors(data["train"], labels)
    valid_ids, valid_mask, valid_targets = tensors(data["valid"], labels)
    special = torch.tensor(data["special_ids"], dtype=torch.int64)

    vectors = None
    if data.get("word_vectors"):
        spec = data["word_vectors"]
        values = numpy.fromfile(spec["file"], dtype=numpy.float32)
        vectors = torch.from_numpy(values.reshape(data["vocab_size"], spec["dimensions"]))
    model = ToolRagModel(data["vocab_size"], labels, word_vectors=vectors)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.01)
    # With positives weighted w, p > 0.5 means roughly "needed with probability above 1 / (w + 1)".
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.full((labels,), float(data["pos_weight"])))
    epochs, batch = data["epochs"], 64
    steps = epochs * math.ceil(len(train_ids) / batch)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=3e-3, total_steps=steps)

    best, best_state, history = None, None, []
    started = time.time()
    for epoch in range(1, epochs + 1):
        model.train()
        order = torch.randperm(len(train_ids))
        total = 0.0
        for start in range(0, len(order), batch):
            index = order[start : start + batch]
            ids, mask = train_ids[index].clone(), train_mask[index]
            droppable = (mask == 1) & ~torch.isin(ids, special)
            ids[droppable & (torch.rand(ids.shape) < data["token_dropout"])] = UNK_ID
            loss = loss_fn(model(ids, mask), train_targets[index])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            total += loss.item() * len(index)
        scores = evaluate(model, valid_ids, valid_mask, valid_targets)
        scores.update(epoch=epoch, loss=total / len(train_ids))
        history.append(scores)
        print(
            f"epoch {epoch:2d}  loss {scores['loss']:.4f}  valid row recall {scores['row_recall']:.4f}"
            f"  micro {scores['micro_recall']:.4f}  tools {scores['mean_tools']:.2f}"
            f"  ({time.time() - started:.0f} s)",
            flush=True,
        )
        key = (round(scores["row_recall"], 4), -scores["mean_tools"])
        if best is None or key > best:
            best = key
            best_state = {name: value.clone() for name, value in model.state_dict().items()}
            chosen = scores
    model.load_state_dict(best_state)
    exported = export_onnx(model, out_path)
    # The int8 table must not change what the model says: the largest logit change on held-out rows.
    with torch.no_grad():
        drift = (model(valid_ids, valid_mask) - exported(valid_ids, valid_mask)).abs().max().item()
    print(f"int8 embedding table: largest logit change {drift:.4f} on the validation rows", flush=True)
    with open(metrics_path, "w", encoding="utf-8") as file:
        json.dump(
            {"best": chosen, "history": history, "parameters": exported_parameters(model), "int8_drift": drift},
            file,
        )


def exported_parameters(model):
    """Numbers in the exported graph: the embedding table (vectors and projection folded in, one
    scale per token) and the layers after it."""
    table = model.embedding.weight
    rest = sum(p.numel() for name, p in model.named_parameters() if not name.startswith(("embedding", "projection")))
    return table.numel() + table.shape[0] + rest


if __name__ == "__main__":
    main()
