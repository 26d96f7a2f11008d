"""Trains the embedded ToolRAG classifier and exports it to ONNX (run by trainToolRag.ts).

Usage: train_classifier.py DATA.json OUT.onnx METRICS.json
DATA.json (written by trainToolRag.ts, which tokenises with the same tokenizer.json the runtime
loads): {"vocab_size", "labels", "tool_labels", "epochs", "seed", "members", "threads", "special_ids", "pos_weight",
         "token_dropout", "word_vectors": null or {"file", "dimensions"},
         "train": {"ids": [[...]], "tools": [[label, ...]]}, "valid": {...}}.
word_vectors.file holds vocab_size x dimensions float32 values, zeros for tokens without a vector.
The first tool_labels labels are tools; the ones after them (the "no tool" label) are not weighted
up, since wrongly saying "no tool" costs a plan, and do not count towards recall.
Multi-label BCE with positive examples weighted up (a missed tool breaks the plan; an extra one
only lengthens the prompt), token dropout to [UNK] so unseen words (new names) are not trusted,
and the epoch with the best validation recall (then fewest tools selected, then the latest) is kept. With "members"
above 1, that many models are trained from seeds seed, seed + 1, … and exported as one graph that
averages their probabilities.
"""

import json
import math
import random
import sys
import time

import numpy
import torch
from torch import nn

from toolrag_model import ToolRagModel, combined, export_onnx

UNK_ID = 1
THRESHOLD = 0.5

# Validation rows whose probabilities, as the exported module computes them in torch, go into the
# metrics file: train:toolrag runs the written ONNX file on the same rows and must get the same.
PARITY_ROWS = 64


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


def evaluate(model, ids, mask, targets, tool_labels):
    model.eval()
    with torch.no_grad():
        probabilities = torch.sigmoid(model(ids, mask))
    return selection_scores(probabilities, targets, tool_labels)


def selection_scores(probabilities, targets, tool_labels):
    """Recall (rows and gold tools), tools selected and "no tool" verdicts at THRESHOLD."""
    chosen = probabilities[:, :tool_labels] > THRESHOLD
    gold = targets[:, :tool_labels] > 0.5
    extra = {}
    if targets.shape[1] > tool_labels:
        said = probabilities[:, tool_labels] > THRESHOLD
        truth = targets[:, tool_labels] > 0.5
        # A tool request called "no tool" loses its plan; the other way round only costs prompt length.
        extra = {
            "no_tool_recall": (said & truth).sum().item() / max(1, truth.sum().item()),
            "no_tool_false": int((said & ~truth).sum().item()),
        }
    covered = (gold & chosen).sum().item()
    rows_all = ((gold & ~chosen).sum(dim=1) == 0).float().mean().item()
    return {
        "row_recall": rows_all,
        "micro_recall": covered / max(1, gold.sum().item()),
        "mean_tools": chosen.sum(dim=1).float().mean().item(),
        "empty_rows": int((chosen.sum(dim=1) == 0).sum().item()),
        **extra,
    }


def read_arguments(argv):
    """DATA.json OUT.onnx METRICS.json: the data file read (and its thread count applied), the two paths."""
    data_path, out_path, metrics_path = argv[1:4]
    with open(data_path, encoding="utf-8") as file:
        data = json.load(file)
    torch.set_num_threads(data["threads"])
    return data, out_path, metrics_path


def main():
    data, out_path, metrics_path = read_arguments(sys.argv)
    labels = data["labels"]
    tool_labels = data.get("tool_labels", labels)
    train = tensors(data["train"], labels)
    valid = tensors(data["valid"], labels)

    vectors = None
    if data.get("word_vectors"):
        spec = data["word_vectors"]
        values = numpy.fromfile(spec["file"], dtype=numpy.float32)
        vectors = torch.from_numpy(values.reshape(data["vocab_size"], spec["dimensions"]))
    count = data.get("members", 1)
    members, chosen, histories = train_members(
        data, lambda seed: train_member(data, seed, train, valid, vectors, tool_labels)
    )
    valid_ids, valid_mask, valid_targets = valid
    float_model = combined(members).eval()
    if count > 1:
        scores = evaluate(float_model, *valid, tool_labels)
        print(
            f"ensemble of {count}: valid row recall {scores['row_recall']:.4f}  micro {scores['micro_recall']:.4f}"
            f"  tools {scores['mean_tools']:.2f}",
            flush=True,
        )
    exported = export_onnx(members, out_path)
    # The int8 tables must not change what the model says: the largest probability change on held-out
    # rows (not the logits': an ensemble's log-odds saturate near 0 and 1, where nothing changes).
    with torch.no_grad():
        before = torch.sigmoid(float_model(valid_ids, valid_mask))
        after = torch.sigmoid(exported(valid_ids, valid_mask))
    parameters = sum(exported_parameters(model) for model in members)
    write_metrics(metrics_path, "int8 embedding table", chosen, histories, parameters, before, after)


def write_metrics(metrics_path, int8_part, chosen, histories, parameters, before, after):
    """Prints how far the int8 export moved the validation probabilities (`before` → `after`) and
    writes the metrics file train:toolrag reads, with the rows its ONNX parity check compares."""
    drift = (before - after).abs().max().item()
    print(f"{int8_part}: largest probability change {drift:.4f} on the validation rows", flush=True)
    with open(metrics_path, "w", encoding="utf-8") as file:
        json.dump(
            {
                "best": chosen,
                "history": histories,
                "parameters": parameters,
                "int8_drift": drift,
                "exported_probabilities": after[:PARITY_ROWS].tolist(),
            },
            file,
        )


def train_members(data, train_one):
    """Trains data["members"] models from seeds seed, seed + 1, … with `train_one(seed)` (which
    returns the model, its chosen epoch's scores and every epoch's); returns the three lists."""
    members, chosen, histories = [], [], []
    count = data.get("members", 1)
    for member in range(count):
        seed = data["seed"] + member
        if count > 1:
            print(f"member {member + 1} of {count} (seed {seed})", flush=True)
        model, best, history = train_one(seed)
        members.append(model)
        chosen.append(best)
        histories.append(history)
    return members, chosen, histories


def train_member(data, seed, train, valid, vectors, tool_labels):
    """Trains one model from `seed`; returns it at its best epoch, that epoch's scores, and every epoch's."""
    random.seed(seed)
    torch.manual_seed(seed)
    labels = data["labels"]
    train_ids, train_mask, train_targets = train
    special = torch.tensor(data["special_ids"], dtype=torch.int64)
    model = ToolRagModel(data["vocab_size"], labels, word_vectors=vectors)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.01)
    # With positives weighted w, p > 0.5 means roughly "needed with probability above 1 / (w + 1)".
    weights = torch.ones((labels,))
    weights[:tool_labels] = float(data["pos_weight"])
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=weights)
    epochs, batch = data["epochs"], 64
    steps = epochs * math.ceil(len(train_ids) / batch)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=3e-3, total_steps=steps)

    best, history = BestEpoch(), []
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
        scores = evaluate(model, *valid, tool_labels)
        scores.update(epoch=epoch, loss=total / len(train_ids))
        history.append(scores)
        print_epoch(scores, started)
        best.offer(model, scores)
    model.load_state_dict(best.state)
    return model.eval(), best.scores, history


def print_epoch(scores, started, progress=""):
    """One line per epoch: training loss and what the model selects on the validation rows."""
    no_tool = (
        f"  no-tool recall {scores['no_tool_recall']:.3f}, {scores['no_tool_false']} false"
        if "no_tool_recall" in scores
        else ""
    )
    print(
        f"epoch {scores['epoch']:2d}  loss {scores['loss']:.4f}  valid row recall {scores['row_recall']:.4f}"
        f"  micro {scores['micro_recall']:.4f}  tools {scores['mean_tools']:.2f}{no_tool}"
        f"  ({time.time() - started:.0f} s{progress})",
        flush=True,
    )


class BestEpoch:
    """The weights of the epoch with the best validation recall, then the fewest tools selected.
    Ties go to the later epoch: the same choices, made with more confidence."""

    def __init__(self):
        self.key, self.state, self.scores = None, None, None

    def offer(self, model, scores):
        key = (round(scores["row_recall"], 4), -round(scores["mean_tools"], 4))
        if self.key is None or key >= self.key:
            self.key, self.scores = key, scores
            self.state = {name: value.clone() for name, value in model.state_dict().items()}


def exported_parameters(model):
    """Numbers in the exported graph: the embedding table (vectors and projection folded in, one
    scale per token) and the layers after it."""
    table = model.embedding.weight
    rest = sum(p.numel() for name, p in model.named_parameters() if not name.startswith(("embedding", "projection")))
    return table.numel() + table.shape[0] + rest


if __name__ == "__main__":
    main()
