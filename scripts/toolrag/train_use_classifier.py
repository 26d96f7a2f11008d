"""Fine-tunes USE-Lite into the embedded ToolRAG classifier and exports it to ONNX (run by trainToolRag.ts).

Usage: train_use_classifier.py DATA.json OUT.onnx METRICS.json
DATA.json: as for train_classifier.py (ids from the USE-Lite tokenizer.json, through the runtime's
tokenizer library), plus "encoder": {"weights": the TF.js folder, "lr": the encoder's peak
learning rate}; "epochs" may be a fraction. The head starts from scratch at a peak learning rate of
1e-3 and the encoder's layers at "lr" (small: they already read English, and a large step would
trade that for the templates' phrasings); the token embeddings stay frozen. Batches hold queries of
similar length. Validation after every epoch; the best epoch is kept as in train_classifier.py.
"""

import math
import random
import sys
import time

import torch
from torch import nn

from toolrag_model import combined
from train_classifier import (
    UNK_ID,
    BestEpoch,
    print_epoch,
    read_arguments,
    selection_scores,
    train_members,
    write_metrics,
)
from use_lite import UseLiteToolRag, export_onnx, read_tfjs_weights

BATCH = 64
HEAD_LR = 1e-3


def padded(ids, rows):
    width = max(1, max(len(ids[row]) for row in rows))
    tokens = torch.zeros((len(rows), width), dtype=torch.int64)
    mask = torch.zeros((len(rows), width), dtype=torch.int64)
    for index, row in enumerate(rows):
        tokens[index, : len(ids[row])] = torch.tensor(ids[row], dtype=torch.int64)
        mask[index, : len(ids[row])] = 1
    return tokens, mask


def targets(tools, labels):
    values = torch.zeros((len(tools), labels))
    for row, indices in enumerate(tools):
        for index in indices:
            values[row, index] = 1.0
    return values


def probabilities(model, ids):
    """Sigmoid outputs for every row, computed in length-sorted batches."""
    model.eval()
    order = sorted(range(len(ids)), key=lambda row: len(ids[row]))
    out = None
    with torch.no_grad():
        for start in range(0, len(order), 256):
            rows = order[start : start + 256]
            batch = torch.sigmoid(model(*padded(ids, rows)))
            if out is None:
                out = torch.zeros((len(ids), batch.shape[1]))
            out[rows] = batch
    return out


def length_batches(ids, generator):
    """Shuffled batches of similar-length rows: shuffle, sort within windows of 50 batches, cut, shuffle."""
    order = torch.randperm(len(ids), generator=generator).tolist()
    window = BATCH * 50
    batches = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda row: len(ids[row]))
        batches.extend(chunk[index : index + BATCH] for index in range(0, len(chunk), BATCH))
    return [batches[index] for index in torch.randperm(len(batches), generator=generator).tolist()]


def train_member(data, seed, weights, train, valid, tool_labels):
    random.seed(seed)
    torch.manual_seed(seed)
    generator = torch.Generator().manual_seed(seed)
    labels = data["labels"]
    train_ids, train_targets = train
    valid_ids, valid_targets = valid
    model = UseLiteToolRag(weights, labels)
    encoder_lr = float(data["encoder"]["lr"])
    optimizer = torch.optim.AdamW(
        [
            {"params": [p for p in model.encoder.parameters() if p.requires_grad], "lr": encoder_lr},
            {"params": model.head.parameters(), "lr": HEAD_LR},
        ],
        weight_decay=0.01,
    )
    epochs = float(data["epochs"])
    steps_per_epoch = math.ceil(len(train_ids) / BATCH)
    steps = max(1, round(epochs * steps_per_epoch))
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=[encoder_lr, HEAD_LR], total_steps=steps, pct_start=0.05
    )
    positive = torch.ones((labels,))
    positive[:tool_labels] = float(data["pos_weight"])
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=positive)
    special = torch.tensor(data["special_ids"], dtype=torch.int64)

    best, history = BestEpoch(), []
    started, step, epoch = time.time(), 0, 0
    while step < steps:
        epoch += 1
        model.train()
        total, seen = 0.0, 0
        for rows in length_batches(train_ids, generator):
            if step >= steps:
                break
            tokens, mask = padded(train_ids, rows)
            droppable = (mask == 1) & ~torch.isin(tokens, special)
            tokens[droppable & (torch.rand(tokens.shape) < data["token_dropout"])] = data.get("unk_id", UNK_ID)
            loss = loss_fn(model(tokens, mask), train_targets[rows])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            step += 1
            total += loss.item() * len(rows)
            seen += len(rows)
        scores = selection_scores(probabilities(model, valid_ids), valid_targets, tool_labels)
        scores.update(epoch=epoch, loss=total / max(1, seen))
        history.append(scores)
        print_epoch(scores, started, f", step {step} of {steps}")
        best.offer(model, scores)
    model.load_state_dict(best.state)
    return model.eval(), best.scores, history


def main():
    data, out_path, metrics_path = read_arguments(sys.argv)
    labels = data["labels"]
    tool_labels = data.get("tool_labels", labels)
    weights = read_tfjs_weights(data["encoder"]["weights"])
    vocab = weights["module/Embeddings_en"].shape[0]
    if data["vocab_size"] > vocab:
        raise SystemExit(f"the tokenizer has {data['vocab_size']} pieces, the encoder embeds {vocab}")
    train = (data["train"]["ids"], targets(data["train"]["tools"], labels))
    valid = (data["valid"]["ids"], targets(data["valid"]["tools"], labels))

    members, chosen, histories = train_members(
        data, lambda seed: train_member(data, seed, weights, train, valid, tool_labels)
    )
    float_model = combined(members).eval()
    exported = export_onnx(members, out_path)
    before = probabilities(float_model, valid[0])
    after = probabilities(exported, valid[0])
    parameters = sum(sum(p.numel() for p in m.parameters()) + m.encoder.embeddings.numel() for m in members)
    write_metrics(metrics_path, "int8 weights", chosen, histories, parameters, before, after)


if __name__ == "__main__":
    main()
