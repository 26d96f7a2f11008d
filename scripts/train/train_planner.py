#!/usr/bin/env python3
"""Trains the embedded planner from scratch: SentencePiece BPE + a small llama decoder.

Run by `npm run train:planner` (scripts/train/trainPlanner.ts) after renderCorpus.ts; needs
Debian's python3-torch, python3-sentencepiece and numpy (use /usr/bin/python3). Writes to --out:
tokenizer.model, best.pt, manifest.json + weights.bin (exportGguf.ts turns them into a GGUF),
parity.jsonl (greedy outputs checkParity.ts compares with node-llama-cpp) and tokenizer-check.jsonl.
"""

import argparse
import contextlib
import json
import math
import os
import random
import shutil
import sys
import time

import sentencepiece as spm
import torch
import torch.nn.functional as F

from planner_data import batches, encode_items, read_items
from planner_export import inference_copy, write_model, write_parity, write_tokenizer_check
from planner_model import LlamaDecoder
from planner_tokenizer import train_tokenizer, vocabulary


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True, help="folder renderCorpus.ts wrote")
    parser.add_argument("--out", required=True, help="folder for the trained model and its checks")
    parser.add_argument("--dim", type=int, default=256, help="embedding width")
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--heads", type=int, default=4)
    parser.add_argument("--kv-heads", type=int, default=0, help="key/value heads (default: --heads)")
    parser.add_argument("--ffn", type=int, default=0, help="feed-forward width (default: 8/3 dim, multiple of 32)")
    parser.add_argument("--vocab", type=int, default=2000, help="SentencePiece vocabulary size (at most; fewer when the corpus runs out of merges)")
    parser.add_argument("--space-prefix", action="store_true", help="SentencePiece add_dummy_prefix (GGUF add_space_prefix)")
    parser.add_argument(
        "--max-tokens",
        type=int,
        default=2_000_000,
        help="token budget: prompt + completion tokens trained on (0 with --init: only re-export that run)",
    )
    parser.add_argument(
        "--time-budget",
        type=float,
        default=0,
        help="seconds of training at most (0: no limit); the schedule ends at whichever budget runs out first",
    )
    parser.add_argument("--seq", type=int, default=512, help="longest example in tokens; also the GGUF context length")
    parser.add_argument("--batch", type=int, default=32, help="examples per step")
    parser.add_argument("--lr", type=float, default=2e-3, help="peak learning rate (cosine to 10%% after warmup)")
    parser.add_argument("--warmup", type=float, default=0.03, help="share of the budget spent warming up")
    parser.add_argument("--weight-decay", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--eval-every", type=int, default=0, help="tokens between val evaluations (default: budget/10)")
    parser.add_argument("--val-items", type=int, default=400, help="val examples per evaluation")
    parser.add_argument("--samples", type=int, default=24, help="val prompts decoded greedily into parity.jsonl")
    parser.add_argument("--max-new-tokens", type=int, default=160)
    parser.add_argument("--matrix-type", choices=["F16", "F32"], default="F16", help="GGUF storage the samples emulate")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--device", default="cpu", help="cpu or cuda")
    parser.add_argument(
        "--precision",
        choices=["auto", "fp32", "bf16"],
        default="auto",
        help="autocast for training (auto: bf16 on cuda, fp32 elsewhere); weights stay float32",
    )
    parser.add_argument(
        "--tokenizer",
        default="",
        help="an earlier run's --out folder whose tokenizer to use instead of training one",
    )
    parser.add_argument(
        "--init",
        default="",
        help="an earlier run's --out folder to go on training: its tokenizer, shape and best weights "
        "(--dim, --layers, --heads, --kv-heads, --ffn, --vocab and --space-prefix are then ignored)",
    )
    parser.add_argument("--log-every", type=int, default=25, help="steps between progress lines")
    arguments = parser.parse_args(argv)
    arguments.kv_heads = arguments.kv_heads or arguments.heads
    arguments.ffn = arguments.ffn or max(32, round(arguments.dim * 8 / 3 / 32) * 32)
    arguments.eval_every = arguments.eval_every or max(1, arguments.max_tokens // 10)
    if arguments.max_tokens == 0 and not arguments.init:
        parser.error("--max-tokens 0 only re-exports an --init run")
    if arguments.precision == "auto":
        arguments.precision = "bf16" if arguments.device.startswith("cuda") else "fp32"
    if arguments.dim % arguments.heads or (arguments.dim // arguments.heads) % 2:
        parser.error("--dim must split into --heads heads of even width")
    if arguments.heads % arguments.kv_heads:
        parser.error("--heads must be a multiple of --kv-heads")
    return arguments


def learning_rate(arguments, progress):
    """Linear warmup, then cosine from --lr down to 10% of it, as a function of budget spent."""
    if progress < arguments.warmup:
        return arguments.lr * progress / arguments.warmup
    cosine = 0.5 * (1 + math.cos(math.pi * min(1.0, (progress - arguments.warmup) / (1 - arguments.warmup))))
    return arguments.lr * (0.1 + 0.9 * cosine)


def completion_loss(model, ids, targets, weights, dense=False):
    """Mean cross-entropy over completion tokens only.

    By default logits are computed only where needed. `dense` computes them everywhere and masks
    the loss instead: more arithmetic, but selecting the positions makes a GPU wait every step.
    """
    hidden = model.hidden(ids)[:, :-1]
    if dense:
        losses = F.cross_entropy(model.logits(hidden).flatten(0, 1), targets.flatten(), reduction="none")
        return (losses * weights.flatten()).sum() / weights.sum()
    selected = weights > 0
    logits = model.logits(hidden[selected])
    return F.cross_entropy(logits, targets[selected])


@torch.no_grad()
def validation_loss(model, examples, batch_size, device):
    model.eval()
    total, count = 0.0, 0
    for ids, targets, weights in batches(examples, batch_size, random.Random(0)):
        ids, targets, weights = ids.to(device), targets.to(device), weights.to(device)
        tokens = int(weights.sum())
        total += float(completion_loss(model, ids, targets, weights)) * tokens
        count += tokens
    model.train()
    return total / max(count, 1)


def budget_spent(arguments, tokens_seen, seconds):
    """Share of the budget used: tokens, or wall-clock seconds when --time-budget runs out sooner."""
    spent = tokens_seen / arguments.max_tokens
    if arguments.time_budget > 0:
        spent = max(spent, seconds / arguments.time_budget)
    return spent


def train(model, train_examples, val_examples, arguments, device):
    """AdamW over the budget; evaluates every --eval-every tokens and keeps the best weights.

    Returns the training statistics for the manifest; `model` ends up holding the best weights.
    Nothing in a step waits for the device except at log and eval points, so a GPU stays busy.
    """
    decay = [p for p in model.parameters() if p.dim() >= 2]
    no_decay = [p for p in model.parameters() if p.dim() < 2]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": arguments.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
        lr=arguments.lr,
        betas=(0.9, 0.95),
        **({"fused": True} if device.type == "cuda" else {}),
    )
    autocast = (
        torch.autocast(device_type=device.type, dtype=torch.bfloat16)
        if arguments.precision == "bf16"
        else contextlib.nullcontext()
    )
    generator = random.Random(arguments.seed)
    tokens_seen, step, next_eval = 0, 0, arguments.eval_every
    best = {"loss": float("inf"), "tokens": 0}
    history = []
    best_path = os.path.join(arguments.out, "best.pt")
    started = time.perf_counter()
    eval_seconds = 0.0
    window = {"loss": torch.zeros((), device=device), "steps": 0, "tokens": 0, "since": started}
    spent = 0.0
    while spent < 1:
        for ids, targets, weights in batches(train_examples, arguments.batch, generator):
            lr = learning_rate(arguments, spent)
            for group in optimizer.param_groups:
                group["lr"] = lr
            # Padding is id 0 (<unk>), which real text never contains: byte fallback covers everything.
            batch_tokens = int((ids != 0).sum())
            ids, targets, weights = (t.to(device, non_blocking=True) for t in (ids, targets, weights))
            with autocast:
                loss = completion_loss(model, ids, targets, weights, dense=device.type == "cuda")
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            tokens_seen += batch_tokens
            step += 1
            window["loss"] += loss.detach()
            window["steps"] += 1
            window["tokens"] += batch_tokens
            spent = min(1.0, budget_spent(arguments, tokens_seen, time.perf_counter() - started - eval_seconds))
            if step % arguments.log_every == 0:
                now = time.perf_counter()
                print(
                    f"step {step} tokens {tokens_seen} loss {float(window['loss']) / window['steps']:.4f} "
                    f"lr {lr:.2e} {window['tokens'] / (now - window['since']):.0f} tokens/s",
                    flush=True,
                )
                window = {"loss": torch.zeros((), device=device), "steps": 0, "tokens": 0, "since": now}
            if tokens_seen >= next_eval or spent == 1:
                next_eval = tokens_seen + arguments.eval_every
                eval_started = time.perf_counter()
                val_loss = validation_loss(model, val_examples, arguments.batch, device)
                history.append({"tokens": tokens_seen, "step": step, "valLoss": round(val_loss, 5)})
                marker = ""
                if val_loss < best["loss"]:
                    best = {"loss": val_loss, "tokens": tokens_seen}
                    torch.save(model.state_dict(), best_path)
                    marker = " (best)"
                print(f"eval at {tokens_seen} tokens: val loss {val_loss:.4f}{marker}", flush=True)
                eval_time = time.perf_counter() - eval_started
                eval_seconds += eval_time
                window["since"] += eval_time
            if spent == 1:
                break
    model.load_state_dict(torch.load(best_path, map_location=device))
    train_seconds = time.perf_counter() - started - eval_seconds
    return {
        "parameters": sum(p.numel() for p in model.parameters()),
        "steps": step,
        "tokens": tokens_seen,
        "trainSeconds": round(train_seconds, 1),
        "tokensPerSecond": round(tokens_seen / max(train_seconds, 1e-9)),
        "bestValLoss": round(best["loss"], 5),
        "bestAtTokens": best["tokens"],
        "valHistory": history,
        "trainExamples": len(train_examples),
        "device": str(device),
        "precision": arguments.precision,
    }


def main(argv):
    arguments = parse_arguments(argv)
    torch.set_num_threads(arguments.threads)
    torch.manual_seed(arguments.seed)
    device = torch.device(arguments.device)
    os.makedirs(arguments.out, exist_ok=True)
    started = time.perf_counter()

    if arguments.init:
        sp, config, state, earlier_training = earlier_run(arguments)
    elif arguments.tokenizer:
        sp = copy_tokenizer(arguments.tokenizer, arguments)
        config, state = None, None
    else:
        sp = train_tokenizer(
            os.path.join(arguments.corpus, "tokenizer-corpus.txt"),
            os.path.join(arguments.out, "tokenizer"),
            arguments.vocab,
            arguments.space_prefix,
            arguments.seed,
        )
        config, state = None, None
    val_items = read_items(os.path.join(arguments.corpus, "val.txt.jsonl"))
    if arguments.max_tokens == 0:
        export(arguments, sp, config, state, dict(earlier_training, reexported=True), val_items, started)
        return
    train_items = read_items(os.path.join(arguments.corpus, "train.txt.jsonl"))
    train_examples, dropped = encode_items(sp, train_items, arguments.seq)
    val_examples, _ = encode_items(sp, val_items[: arguments.val_items], arguments.seq)
    if not train_examples or not val_examples:
        sys.exit(f"no training or validation examples fit in --seq {arguments.seq} tokens")
    lengths = sorted(len(ids) for ids, _ in train_examples)
    print(
        f"tokenizer: {sp.get_piece_size()} pieces in {time.perf_counter() - started:.1f}s; "
        f"{len(train_examples)} train examples (dropped {dropped} over {arguments.seq} tokens), "
        f"tokens per example median {lengths[len(lengths) // 2]}, max {lengths[-1]}; {len(val_examples)} val",
        flush=True,
    )

    config = config or {
        "vocab": sp.get_piece_size(),
        "dim": arguments.dim,
        "layers": arguments.layers,
        "heads": arguments.heads,
        "kv_heads": arguments.kv_heads,
        "ffn": arguments.ffn,
        "context": arguments.seq,
        "norm_eps": 1e-5,
        "rope_base": 10000.0,
    }
    model = LlamaDecoder(config)
    if state is not None:
        model.load_state_dict(state)
    model = model.to(device)
    print(f"model: {sum(p.numel() for p in model.parameters()) / 1e6:.2f}M parameters {json.dumps(config)}", flush=True)
    training = train(model, train_examples, val_examples, arguments, device)
    training["options"] = {key: value for key, value in vars(arguments).items() if key not in ("corpus", "out")}
    export(arguments, sp, config, model.cpu().state_dict(), training, val_items, started)


def export(arguments, sp, config, state, training, val_items, started):
    """manifest.json + weights.bin, parity samples and tokenizer checks for the weights in `state`."""
    model = LlamaDecoder(config)
    model.load_state_dict(state)
    # Float32 whatever `state` held (a re-exported run may come as half precision), for a later --init.
    torch.save(model.state_dict(), os.path.join(arguments.out, "best.pt"))
    write_model(model, vocabulary(sp, arguments.space_prefix), training, arguments.matrix_type, arguments.out)
    reference = inference_copy(model, arguments.matrix_type)
    exact = write_parity(reference, sp, val_items[: arguments.samples], arguments.max_new_tokens, arguments.out)
    checked = write_tokenizer_check(sp, val_items[: max(200, arguments.samples)], arguments.out)
    print(
        f"done in {time.perf_counter() - started:.0f}s: {training['steps']} steps, {training['tokens']} tokens, "
        f"{training['tokensPerSecond']} tokens/s, best val loss {training['bestValLoss']:.4f}; "
        f"greedy samples equal to gold: {exact}/{min(arguments.samples, len(val_items))}; "
        f"{checked} tokenizer checks written",
        flush=True,
    )


def copy_tokenizer(run, arguments):
    """The tokenizer of an earlier run folder, copied into --out (sets --space-prefix to match)."""
    with open(os.path.join(run, "manifest.json"), encoding="utf-8") as file:
        manifest = json.load(file)
    for name in ("tokenizer.model", "tokenizer.vocab"):
        source, target = os.path.join(run, name), os.path.join(arguments.out, name)
        if os.path.abspath(source) != os.path.abspath(target):
            shutil.copyfile(source, target)
    arguments.space_prefix = manifest["tokenizer"]["addSpacePrefix"]
    arguments.vocab = manifest["hyperparameters"]["vocabularySize"]
    return spm.SentencePieceProcessor(model_file=os.path.join(arguments.out, "tokenizer.model"))


def earlier_run(arguments):
    """Tokenizer (copied into --out), model config, best weights and training record of the --init run."""
    with open(os.path.join(arguments.init, "manifest.json"), encoding="utf-8") as file:
        manifest = json.load(file)
    shape = manifest["hyperparameters"]
    sp = copy_tokenizer(arguments.init, arguments)
    config = {
        "vocab": shape["vocabularySize"],
        "dim": shape["embeddingLength"],
        "layers": shape["blockCount"],
        "heads": shape["headCount"],
        "kv_heads": shape["headCountKv"],
        "ffn": shape["feedForwardLength"],
        "context": shape["contextLength"],
        "norm_eps": shape["layerNormRmsEpsilon"],
        "rope_base": shape["ropeFreqBase"],
    }
    arguments.dim, arguments.layers, arguments.heads = config["dim"], config["layers"], config["heads"]
    arguments.kv_heads, arguments.ffn, arguments.vocab = config["kv_heads"], config["ffn"], config["vocab"]
    if arguments.max_tokens and arguments.seq > config["context"]:
        sys.exit(f"--seq {arguments.seq} is longer than the --init model's context ({config['context']})")
    state = torch.load(os.path.join(arguments.init, "best.pt"), map_location="cpu")
    print(f"continuing from {arguments.init} (best val loss {manifest['training']['bestValLoss']})", flush=True)
    return sp, config, state, manifest["training"]


if __name__ == "__main__":
    main(sys.argv[1:])
