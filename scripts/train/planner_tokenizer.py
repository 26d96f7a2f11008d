"""SentencePiece tokenizer for the embedded planner: trained on our corpus, exported for GGUF.

llama.cpp's "llama" (SPM) tokenizer merges adjacent symbol pairs by piece score, which is exactly
SentencePiece's BPE encoder (a unigram model would tokenize differently), and falls back to the
256 byte pieces for anything else. So: BPE, byte fallback, no normalization, no custom pieces.
"""

import os

import sentencepiece as spm

# Values of SENTENCE_PIECE_TOKEN_TYPES in src/planner/gguf/llamaGgufContents.ts (llama.cpp's enum).
TOKEN_TYPES = {"normal": 1, "unknown": 2, "control": 3, "user_defined": 4, "unused": 5, "byte": 6}


def train_tokenizer(corpus_path, model_prefix, vocab_size, add_dummy_prefix, seed):
    """Trains a BPE SentencePiece model on `corpus_path` (one text line a line); returns its processor.

    `add_dummy_prefix` is written to the GGUF as `add_space_prefix` so llama.cpp prepends the same
    space. Newlines never occur inside a training line, so "\\n" always encodes as `<0x0A>`.
    """
    if hasattr(spm, "set_random_generator_seed"):
        spm.set_random_generator_seed(seed)
    spm.SentencePieceTrainer.train(
        input=corpus_path,
        model_prefix=model_prefix,
        model_type="bpe",
        vocab_size=vocab_size,
        # An upper bound: a small corpus may support fewer merges than asked for.
        hard_vocab_limit=False,
        byte_fallback=True,
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        add_dummy_prefix=add_dummy_prefix,
        split_digits=True,
        character_coverage=1.0,
        # Tool names like get_phone_number mix letters and "_": let BPE learn them as one piece.
        split_by_unicode_script=False,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        input_sentence_size=3_000_000,
        shuffle_input_sentence=True,
        num_threads=os.cpu_count() or 1,
        minloglevel=2,
    )
    return spm.SentencePieceProcessor(model_file=model_prefix + ".model")


def vocabulary(sp, add_dummy_prefix):
    """The tokenizer as GGUF stores it: pieces, scores and llama.cpp token types by id."""
    tokens, scores, types = [], [], []
    for index in range(sp.get_piece_size()):
        tokens.append(sp.id_to_piece(index))
        scores.append(sp.get_score(index))
        if sp.is_unknown(index):
            kind = "unknown"
        elif sp.is_control(index):
            kind = "control"
        elif sp.is_byte(index):
            kind = "byte"
        elif sp.is_unused(index):
            kind = "unused"
        else:
            kind = "normal"
        types.append(TOKEN_TYPES[kind])
    assert (sp.unk_id(), sp.bos_id(), sp.eos_id()) == (0, 1, 2), "llama's special ids"
    assert types.count(TOKEN_TYPES["byte"]) == 256, "byte fallback pieces"
    return {
        "model": "sentencepiece-bpe",
        "addSpacePrefix": add_dummy_prefix,
        "bosTokenId": sp.bos_id(),
        "eosTokenId": sp.eos_id(),
        "unknownTokenId": sp.unk_id(),
        "tokens": tokens,
        "scores": scores,
        "types": types,
    }
