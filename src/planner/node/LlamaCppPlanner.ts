import type {
  ChatWrapper,
  Llama,
  LlamaCompletion,
  LlamaContext,
  LlamaContextSequence,
  LlamaGrammar,
  LlamaModel,
  LlamaText,
  Token,
} from "node-llama-cpp";
import { AbortError, isAbortError, TinyAgentError, throwIfAborted } from "../../base/index.js";
import { EarlyJoinGuard } from "../EarlyJoinGuard.js";
import type { Planner, PlannerPart, PlanRequest } from "../Planner.js";
import { AsyncQueue } from "./AsyncQueue.js";
import { completionPrompt } from "./completionPrompt.js";
import { plannerStats } from "./plannerStats.js";

/** The marker that ends every plan; decoding always stops on it. */
export const END_OF_PLAN = "<END_OF_PLAN>";

const DEFAULT_CONTEXT_SIZE = 4096;
/** Compiled grammars kept per planner; a grammar depends on the tool subset, which repeats a lot. */
const GRAMMAR_CACHE_SIZE = 16;

/** How the request becomes the model's input; see {@link LlamaCppPlanner}. */
export type LlamaCppPromptMode = "auto" | "chat" | "completion";

export interface LlamaCppPlannerOptions {
  /** Path of a GGUF file. */
  readonly modelPath: string;
  /** CPU threads for evaluation (default: one per math core, `llama.cpuMathCores`). Tests use 1. */
  readonly threads?: number;
  /**
   * Layers to offload to the GPU. Omitted: Metal on Apple silicon with node-llama-cpp's automatic
   * fit, CPU only elsewhere. Given (a number or "auto"): any GPU backend node-llama-cpp finds.
   */
  readonly gpuLayers?: number | "auto";
  /** Context window in tokens (default 4096). The whole prompt plus the plan must fit. */
  readonly contextSize?: number;
  /** Default "auto": the GGUF's chat template when it has one, else the raw completion format. */
  readonly mode?: LlamaCppPromptMode;
  /** Aborts loading. */
  readonly signal?: AbortSignal;
}

interface PreparedPrompt {
  /** Every token the model sees, BOS included. */
  readonly tokens: readonly number[];
  /** What `LlamaCompletion` is given: `tokens` without the BOS it prepends itself. */
  readonly input: Token[];
}

/**
 * A {@link Planner} that runs a GGUF model in process through node-llama-cpp (the only file that
 * imports it, lazily, so the rest of the engine loads without the native addon).
 *
 * One model, one context and one sequence stay loaded between calls. Each call decodes greedily
 * (temperature 0, no repeat penalty) through `LlamaCompletion` on that sequence, which compares
 * the new prompt's tokens with the sequence's and evaluates only from the first difference
 * (`LlamaContextSequence.adaptStateToTokens`), so a second plan with the same system prompt
 * skips it; `evaluatedPromptTokens` in the stats shows it. `request.grammar` constrains decoding
 * (`llama.createGrammar`, compiled once per grammar text); decoding stops at `<END_OF_PLAN>` and
 * any `request.stop`, at `maxTokens`, or when the context is full (no context shift: a plan never
 * silently loses its prompt). Calls are serialised.
 *
 * Required calls (`request.requiredCalls`): the model writes its plan as usual, but an
 * {@link EarlyJoinGuard} holds back each line start that could be `N. join(`; when the plan joins
 * while a required tool is uncalled, that decoding stops, and another goes on from the plan's text
 * up to `N.` (tokenized after the prompt's tokens) under `resumeGrammar`, so line N calls an owed
 * tool, and the plan is free again after it (and watched again). `maxTokens` bounds all passes
 * together; consumers see one plan, and the stats cover every pass.
 *
 * Output: `text-delta` parts as tokens decode, then one `plan-end` with stats. Stop sequences are
 * cut from the text, but when decoding stopped on `<END_OF_PLAN>` that marker is emitted as the
 * last `text-delta`, so the streamed text is the complete plan (`… N. join()<END_OF_PLAN>`), as
 * the plan parser and the reference examples expect.
 *
 * Prompt formats:
 * - completion (`mode: "completion"`, or "auto" for a GGUF without `tokenizer.chat_template`):
 *   BOS (when the GGUF asks for it) + the tokens of `system + "\n\n" + user`, or of `user`
 *   alone without a system prompt ({@link completionPrompt}), tokenized as llama.cpp does by
 *   default (SentencePiece's space prefix, special-token text not parsed). The reference
 *   LLMCompiler completion layout (spec §4.2) and the layout our embedded planner is trained on.
 * - chat (`"chat"`, or "auto" with a template): `[system, user]` (`[user]` without a system
 *   prompt) rendered by the chat wrapper node-llama-cpp resolves for the model
 *   (`resolveChatWrapper`: the GGUF's own Jinja template, or a built-in wrapper proven
 *   equivalent to it), through `ChatWrapper.generateContextState` with an open assistant turn,
 *   tokenized with `LlamaText.tokenize`; the wrapper's stop triggers are added to the stop
 *   sequences. This is what an OpenAI-compatible llama.cpp server does for the reference's chat
 *   messages.
 *
 * TinyAgent-1.1B (spec §4.3): fine-tuned from Doctor-Shotgun/TinyLlama-1.1B-32k-Instruct, a
 * llama-architecture model with the 32 000-piece SentencePiece vocabulary (`<s>` BOS, added by the
 * tokenizer). The reference ran it behind LM Studio / llama.cpp's server, which apply whatever
 * `tokenizer.chat_template` the GGUF carries; which template the fine-tuning used is not known.
 * So: when the GGUF has a template, "auto" uses it, as the reference runtime did. When it has
 * none, "auto" sends the completion format. Forcing "chat" on a template-less GGUF gets
 * node-llama-cpp's guess instead: for any SentencePiece model whose BOS is `<s>` that is Llama 2's
 * `<s>[INST] <<SYS>>\n…\n<</SYS>>\n\n… [/INST]` (`Llama2ChatWrapper`), for other llama models its
 * own `### System`/`### Human` format (`GeneralChatWrapper`), and llama.cpp's server would pick
 * ChatML; none of them is known to match training. A template the model never saw puts the prompt
 * off-distribution: with a grammar the plan still parses, but picks wrong tools and arguments;
 * without one, the "nonsense output" of TinyAgent issue #6 (Ollama). Check `promptFormat` and
 * `chatWrapperName` when evaluating a downloaded model.
 */
export class LlamaCppPlanner implements Planner {
  /** Which prompt format {@link plan} sends. */
  readonly promptFormat: "chat" | "completion";
  /** node-llama-cpp's name of the chat wrapper in use (`"JinjaTemplate"`, `"Llama2Chat"`, …), if chat. */
  readonly chatWrapperName: string | undefined;
  readonly contextSize: number;

  readonly #llama: Llama;
  readonly #model: LlamaModel;
  readonly #context: LlamaContext;
  readonly #sequence: LlamaContextSequence;
  readonly #completion: LlamaCompletion;
  readonly #chatWrapper: ChatWrapper | undefined;
  readonly #grammars = new Map<string, Promise<LlamaGrammar>>();
  #queue: Promise<void> = Promise.resolve();
  #disposed = false;

  private constructor(parts: {
    llama: Llama;
    model: LlamaModel;
    context: LlamaContext;
    sequence: LlamaContextSequence;
    completion: LlamaCompletion;
    chatWrapper: ChatWrapper | undefined;
  }) {
    this.#llama = parts.llama;
    this.#model = parts.model;
    this.#context = parts.context;
    this.#sequence = parts.sequence;
    this.#completion = parts.completion;
    this.#chatWrapper = parts.chatWrapper;
    this.promptFormat = parts.chatWrapper === undefined ? "completion" : "chat";
    this.chatWrapperName = parts.chatWrapper?.wrapperName;
    this.contextSize = parts.context.contextSize;
  }

  /**
   * Loads the model and creates its context (a few hundred ms for small models).
   *
   * @throws TinyAgentError `planner/model-load` when the file is missing or not a loadable GGUF,
   * or no prebuilt node-llama-cpp binary fits this machine; AbortError when `signal` fires.
   */
  static async load(options: LlamaCppPlannerOptions): Promise<LlamaCppPlanner> {
    throwIfAborted(options.signal);
    const { getLlama, LlamaCompletion, LlamaLogLevel, resolveChatWrapper } = await import("node-llama-cpp");
    const appleSilicon = process.platform === "darwin" && process.arch === "arm64";
    const useGpu = options.gpuLayers !== undefined || appleSilicon;
    let llama: Llama | undefined;
    let model: LlamaModel | undefined;
    try {
      llama = await getLlama({ gpu: useGpu ? "auto" : false, build: "never", logLevel: LlamaLogLevel.error });
      model = await llama.loadModel({
        modelPath: options.modelPath,
        gpuLayers: useGpu ? (options.gpuLayers ?? "auto") : 0,
        ...(options.signal === undefined ? {} : { loadSignal: options.signal }),
      });
      const context = await model.createContext({
        contextSize: options.contextSize ?? DEFAULT_CONTEXT_SIZE,
        sequences: 1,
        // node-llama-cpp's own default (twice the math cores) oversubscribes small machines: with
        // 4 threads on 2 cores, decoding ran 35x slower here. One thread per math core is fast everywhere.
        threads: options.threads ?? llama.cpuMathCores,
        ...(options.signal === undefined ? {} : { createSignal: options.signal }),
      });
      const sequence = context.getSequence();
      const completion = new LlamaCompletion({ contextSequence: sequence });
      const mode = options.mode ?? "auto";
      const template = model.fileInfo.metadata.tokenizer?.chat_template;
      const hasTemplate = typeof template === "string" && template.trim() !== "";
      const chatWrapper =
        mode === "chat" || (mode === "auto" && hasTemplate) ? resolveChatWrapper(model) : undefined;
      return new LlamaCppPlanner({ llama, model, context, sequence, completion, chatWrapper });
    } catch (error) {
      await model?.dispose();
      await llama?.dispose();
      if (options.signal?.aborted) throw new AbortError();
      throw new TinyAgentError(
        "planner/model-load",
        `Could not load ${options.modelPath}: ${messageOf(error)}`,
        {
          cause: error,
          context: { modelPath: options.modelPath },
        },
      );
    }
  }

  /** The model's tokens for `text` (no BOS, SentencePiece space prefix as llama.cpp adds it). */
  tokenize(text: string): number[] {
    return this.#model.tokenize(text, false);
  }

  detokenize(tokens: readonly number[]): string {
    return this.#model.detokenize(tokens as readonly Token[]);
  }

  /** The tokens the model would see for `request` (BOS included), to count prompt tokens. */
  promptTokens(request: Pick<PlanRequest, "system" | "user">): readonly number[] {
    return this.#prepare(request).prompt.tokens;
  }

  /**
   * Streams one plan (see the class doc). Calls queue behind each other on the one sequence; a
   * call starts when iterated, and holds the sequence until its stream ends, throws, or the
   * consumer breaks out of the loop.
   */
  plan(request: PlanRequest, options: { signal?: AbortSignal } = {}): AsyncIterable<PlannerPart> {
    return this.#serialised(request, options.signal);
  }

  /** Frees the context, the model and node-llama-cpp's backend; the planner is unusable after. */
  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#completion.dispose();
    await this.#context.dispose();
    await this.#model.dispose();
    await this.#llama.dispose();
  }

  async *#serialised(request: PlanRequest, signal: AbortSignal | undefined): AsyncGenerator<PlannerPart> {
    throwIfAborted(signal);
    let release: () => void = () => {};
    const previous = this.#queue;
    this.#queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await previous;
      throwIfAborted(signal);
      if (this.#disposed) throw new TinyAgentError("planner/disposed", "The planner was disposed.");
      yield* this.#decode(request, signal);
    } finally {
      release();
    }
  }

  async *#decode(request: PlanRequest, signal: AbortSignal | undefined): AsyncGenerator<PlannerPart> {
    const started = performance.now();
    const { prompt, stopTriggers } = this.#prepare(request);
    if (prompt.tokens.length >= this.contextSize) {
      throw new TinyAgentError(
        "planner/prompt-too-long",
        `The prompt has ${prompt.tokens.length} tokens; the context holds ${this.contextSize}.`,
        { context: { promptTokens: prompt.tokens.length, contextSize: this.contextSize } },
      );
    }
    const grammar = request.grammar === undefined ? undefined : await this.#grammar(request.grammar);

    const controller = new AbortController();
    const onAbort = () => controller.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    const parts = new AsyncQueue<PlannerPart>();
    const meterBefore = this.#sequence.tokenMeter.getState();
    const generation = this.#generate({
      request,
      prompt,
      grammar,
      stopTriggers,
      signal: controller.signal,
      emit: (text) => {
        if (text !== "") parts.push({ type: "text-delta", text });
      },
    }).then(
      ({ endedOnPlanEnd, passes, firstTokenAt }) => {
        if (endedOnPlanEnd) parts.push({ type: "text-delta", text: END_OF_PLAN });
        const meter = this.#sequence.tokenMeter.diff(meterBefore);
        const stats = plannerStats({
          promptTokens: prompt.tokens.length,
          // The meter counts a token evaluated for its logits as "output": each pass's last
          // prompt token and every generated token fed back. Everything else was prompt.
          evaluatedPromptTokens: meter.usedInputTokens + passes,
          decodeTokens: meter.usedOutputTokens,
          started,
          firstTokenAt,
          ended: performance.now(),
        });
        parts.push({ type: "plan-end", stats: passes > 1 ? { ...stats, resumes: passes - 1 } : stats });
        parts.close();
      },
      (error: unknown) => {
        parts.fail(
          signal?.aborted || controller.signal.aborted || isAbortError(error)
            ? new AbortError()
            : TinyAgentError.isInstance(error)
              ? error
              : new TinyAgentError("planner/decode", `Decoding failed: ${messageOf(error)}`, {
                  cause: error,
                }),
        );
      },
    );
    try {
      yield* parts;
    } finally {
      // Also reached when the consumer stops iterating early: stop decoding before the next call.
      signal?.removeEventListener("abort", onAbort);
      controller.abort();
      await generation;
    }
  }

  /**
   * Decodes one plan into `emit`, in one pass, or in several when required calls resume it (see the
   * class doc). Resolves with whether it stopped on `<END_OF_PLAN>` (cut from the text), the number
   * of passes, and when the first token came.
   */
  async #generate({
    request,
    prompt,
    grammar,
    stopTriggers,
    signal,
    emit,
  }: {
    request: PlanRequest;
    prompt: PreparedPrompt;
    grammar: LlamaGrammar | undefined;
    stopTriggers: readonly LlamaText[];
    signal: AbortSignal;
    emit: (text: string) => void;
  }): Promise<{ endedOnPlanEnd: boolean; passes: number; firstTokenAt: number | undefined }> {
    const stop = [...new Set([END_OF_PLAN, ...request.stop])];
    const required = grammar === undefined ? undefined : request.requiredCalls;
    const guard =
      required === undefined || required.tools.length === 0 ? undefined : new EarlyJoinGuard(required.tools);
    let firstTokenAt: number | undefined;
    let generated = 0;
    let input = prompt.input;
    let passGrammar = grammar;
    for (let passes = 1; ; passes++) {
      const pass = new AbortController();
      const stopPass = () => pass.abort();
      signal.addEventListener("abort", stopPass, { once: true });
      let resume: { readonly prefix: string; readonly grammar: string } | undefined;
      let firstText = true;
      const onText = (decoded: string) => {
        if (guard === undefined || required === undefined) return emit(decoded);
        // A resumed line starts with the space after `N.` (its grammar says so), but SentencePiece
        // models that add a space prefix drop that space from a sequence's first piece.
        const text =
          passes > 1 && firstText && decoded !== "" && !decoded.startsWith(" ") ? ` ${decoded}` : decoded;
        if (decoded !== "") firstText = false;
        const { text: passed, earlyJoin } = guard.push(text);
        emit(passed);
        if (earlyJoin === undefined) return;
        const resumeGrammar =
          request.maxTokens !== undefined && generated >= request.maxTokens
            ? undefined
            : required.resumeGrammar(earlyJoin.step, earlyJoin.owed);
        if (resumeGrammar === undefined) return emit(guard.allowJoin());
        resume = { prefix: earlyJoin.prefix, grammar: resumeGrammar };
        pass.abort();
      };
      const maxTokens = request.maxTokens === undefined ? undefined : request.maxTokens - generated;
      try {
        const result = await this.#completion
          .generateCompletionWithMeta(input, {
            signal: pass.signal,
            temperature: 0,
            repeatPenalty: false,
            ...(maxTokens === undefined ? {} : { maxTokens }),
            ...(passGrammar === undefined ? {} : { grammar: passGrammar }),
            customStopTriggers: [...stop, ...stopTriggers],
            // Never drop the beginning of the prompt to make room; the caller's length check guards it.
            disableContextShift: true,
            contextShiftSize: 1,
            onToken: (tokens) => {
              firstTokenAt ??= performance.now();
              generated += tokens.length;
            },
            onTextChunk: onText,
          })
          .catch((error: unknown) => {
            // The guard stopped this pass on purpose: the plan goes on below.
            if (resume !== undefined && !signal.aborted) return undefined;
            throw error;
          });
        if (resume === undefined) {
          if (result === undefined) throw new AbortError();
          emit(guard?.flush() ?? "");
          const { metadata } = result;
          const endedOnPlanEnd =
            metadata.stopReason === "customStopTrigger" && isTrigger(metadata.customStopTrigger, END_OF_PLAN);
          return { endedOnPlanEnd, passes, firstTokenAt };
        }
      } finally {
        signal.removeEventListener("abort", stopPass);
      }
      emit(guard?.resume() ?? "");
      // The plan so far goes after the prompt's own tokens (not a re-rendered chat), so the
      // evaluated prompt is reused and a chat template cannot reshape an answer in progress.
      input = [...prompt.input, ...this.#model.tokenize(resume.prefix, false, "trimLeadingSpace")];
      passGrammar = await this.#grammar(resume.grammar, { cache: false });
    }
  }

  #prepare(request: Pick<PlanRequest, "system" | "user">): {
    prompt: PreparedPrompt;
    stopTriggers: readonly LlamaText[];
  } {
    const bos = this.#model.tokens.shouldPrependBosToken ? this.#model.tokens.bos : null;
    let body: Token[];
    let stopTriggers: readonly LlamaText[] = [];
    if (this.#chatWrapper === undefined) {
      body = this.#model.tokenize(completionPrompt(request), false);
    } else {
      const state = this.#chatWrapper.generateContextState({
        chatHistory: [
          // No system turn at all when there is no system prompt (the joiner's one user message).
          ...(request.system ? [{ type: "system", text: request.system } as const] : []),
          { type: "user", text: request.user },
          { type: "model", response: [] },
        ],
      });
      body = state.contextText.tokenize(this.#model.tokenizer);
      stopTriggers = state.stopGenerationTriggers;
    }
    // LlamaCompletion prepends BOS itself (as llama.cpp's tokenizer would); a template that
    // already starts with it must not yield two.
    if (bos !== null && body[0] === bos) body = body.slice(1);
    return { prompt: { tokens: bos === null ? body : [bos, ...body], input: body }, stopTriggers };
  }

  /** Compiles `text` once; `cache: false` for one-off grammars that should not evict the rest. */
  #grammar(text: string, { cache = true } = {}): Promise<LlamaGrammar> {
    let grammar = this.#grammars.get(text);
    if (grammar === undefined) {
      grammar = this.#llama.createGrammar({ grammar: text }).catch((error: unknown) => {
        this.#grammars.delete(text);
        throw new TinyAgentError(
          "planner/grammar",
          `The plan grammar does not compile: ${messageOf(error)}`,
          {
            cause: error,
          },
        );
      });
      if (!cache) return grammar;
      this.#grammars.set(text, grammar);
      if (this.#grammars.size > GRAMMAR_CACHE_SIZE) {
        const oldest = this.#grammars.keys().next().value;
        if (oldest !== undefined) this.#grammars.delete(oldest);
      }
    } else {
      // Map order is insertion order: re-inserting keeps recently used grammars.
      this.#grammars.delete(text);
      this.#grammars.set(text, grammar);
    }
    return grammar;
  }
}

function isTrigger(trigger: readonly unknown[], text: string): boolean {
  return trigger.map((part) => (typeof part === "string" ? part : "\u0000")).join("") === text;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
