"""Examples for the planner: tokenized prompt + completion pairs, batched by length."""

import json
import os

import torch


def read_items(path):
    """The `{"prompt","completion"}` lines renderCorpus.ts wrote."""
    with open(path, encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def encode_items(sp, items, max_length):
    """Per item: ids = [BOS] + tokens of prompt + completion, and the index where the completion starts.

    The prompt ends in "\\n", a byte piece that never merges, so the prompt's own tokens are a
    prefix of the whole text's: asserted, because the loss boundary relies on it. Items longer
    than `max_length` are dropped; returns (examples, dropped).
    """
    threads = os.cpu_count() or 1
    prompts = sp.encode([item["prompt"] for item in items], num_threads=threads)
    texts = sp.encode([item["prompt"] + item["completion"] for item in items], num_threads=threads)
    examples, dropped = [], 0
    for prompt, text in zip(prompts, texts):
        assert text[: len(prompt)] == prompt, "prompt tokens must be a prefix of the text's"
        ids = [sp.bos_id()] + text
        if len(ids) > max_length:
            dropped += 1
            continue
        examples.append((ids, 1 + len(prompt)))
    return examples, dropped


def batches(examples, batch_size, generator, pool_batches=64):
    """Shuffled batches of similar-length examples (little padding), as (ids, targets, weights).

    ids [B, T] right-padded with 0; targets [B, T-1] are the next tokens; weights [B, T-1] are 1
    where the target is a completion token and 0 elsewhere (prompt and padding).
    """
    order = list(range(len(examples)))
    generator.shuffle(order)
    groups = []
    pool = batch_size * pool_batches
    for begin in range(0, len(order), pool):
        chunk = sorted(order[begin : begin + pool], key=lambda index: len(examples[index][0]))
        groups.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    generator.shuffle(groups)
    for group in groups:
        yield collate([examples[index] for index in group])


def collate(group):
    length = max(len(ids) for ids, _ in group)
    ids = torch.zeros(len(group), length, dtype=torch.long)
    weights = torch.zeros(len(group), length - 1)
    for row, (tokens, boundary) in enumerate(group):
        ids[row, : len(tokens)] = torch.tensor(tokens)
        # Position t predicts token t+1: completion tokens are targets boundary..len-1.
        weights[row, boundary - 1 : len(tokens) - 1] = 1
    return ids, ids[:, 1:], weights

