import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TinyAgentError } from "../../src/base/index.js";
import { writeFileAtomic } from "../../src/base/node/index.js";
import { checkParity, type ParityReport } from "./checkParity.js";
import { exportGguf } from "./exportGguf.js";
import { recordInCatalog } from "./recordInCatalog.js";
import { renderCorpus } from "./renderCorpus.js";
import { DEFAULT_PYTHON, pythonHasTrainingModules, runPython } from "./runPython.js";

/** The pipeline's stages, in order. */
export const TRAIN_PLANNER_STAGES = ["render", "train", "export", "parity"] as const;
export type TrainPlannerStage = (typeof TRAIN_PLANNER_STAGES)[number];

export interface TrainPlannerOptions {
  /** Folder with the dataset's `train.jsonl` and `val.jsonl`. */
  readonly dataDirectory: string;
  /** Rendered corpus here, the training run in `<workDirectory>/run`. */
  readonly workDirectory: string;
  /** The GGUF to write. */
  readonly modelPath: string;
  /** Where checkParity copies the CI sample; omitted: no copy. */
  readonly parityCopyPath?: string;
  /**
   * Model catalog whose embedded entry for `modelPath` gets the installed GGUF's size and SHA-256
   * ({@link recordInCatalog}); omitted: none is updated.
   */
  readonly catalogPath?: string;
  /** Start at this stage, reusing the earlier stages' files (default "render"). */
  readonly from?: TrainPlannerStage;
  /** Stop after this stage (default "parity", the last). */
  readonly to?: TrainPlannerStage;
  readonly python?: string;
  /** Seeds the simulated tool selection and the trainer (default 1). */
  readonly seed?: number;
  /** Share of training prompts with a `Tools:` line (default 0.5). */
  readonly toolsLineShare?: number;
  /** More train_planner.py options, `{ dim: "256", "space-prefix": true }` → `--dim 256 --space-prefix`. */
  readonly trainerOptions?: Readonly<Record<string, string | true>>;
  /** Progress lines (the trainer's output included). */
  readonly log?: (line: string) => void;
}

export interface TrainPlannerResult {
  readonly stageSeconds: Partial<Record<TrainPlannerStage, number>>;
  readonly ggufBytes?: number;
  readonly parity?: ParityReport;
  /** False when the parity stage found a difference: then nothing was installed. */
  readonly ok: boolean;
  /** Whether the GGUF (and the CI parity sample) now at `modelPath` is this run's. */
  readonly installed: boolean;
}

/** The export stage's GGUF, in the work folder until parity passes. */
export const STAGED_MODEL = "model.gguf";
/** The parity stage's CI sample, beside it. */
const STAGED_PARITY = "parity-ci.jsonl";

const TRAINER = join(fileURLToPath(new URL(".", import.meta.url)), "train_planner.py");

/**
 * Trains the embedded planner end to end: renders the dataset into compact prompts
 * ({@link renderCorpus}), trains tokenizer and model in Python (train_planner.py), exports the
 * GGUF ({@link exportGguf}) and proves node-llama-cpp reproduces the trainer ({@link checkParity}).
 * The GGUF is exported into the work folder and replaces `modelPath` (atomically, with the CI parity
 * sample) only once parity passes, or when the run stops after export; a failed run never leaves
 * the shipped model half-written or swapped for one node-llama-cpp does not reproduce.
 *
 * @throws TinyAgentError `train/python` when Python lacks torch/sentencepiece or the trainer
 * fails; `train/data`, `train/manifest` for bad inputs.
 */
export async function trainPlanner(options: TrainPlannerOptions): Promise<TrainPlannerResult> {
  const log = options.log ?? (() => {});
  const python = options.python ?? DEFAULT_PYTHON;
  const seed = options.seed ?? 1;
  const runDirectory = join(options.workDirectory, "run");
  const first = TRAIN_PLANNER_STAGES.indexOf(options.from ?? "render");
  const last = TRAIN_PLANNER_STAGES.indexOf(options.to ?? "parity");
  const stageSeconds: Partial<Record<TrainPlannerStage, number>> = {};
  let ggufBytes: number | undefined;
  let parity: ParityReport | undefined;
  const stagedModel = join(options.workDirectory, STAGED_MODEL);
  const stagedParity = join(options.workDirectory, STAGED_PARITY);

  const stages: Record<TrainPlannerStage, () => Promise<void>> = {
    render: async () => {
      const result = await renderCorpus({
        dataDirectory: options.dataDirectory,
        outputDirectory: options.workDirectory,
        seed,
        ...(options.toolsLineShare === undefined ? {} : { toolsLineShare: options.toolsLineShare }),
      });
      log(
        `rendered ${result.trainItems} train items (${result.trainItemsWithTools} with a Tools line), ` +
          `${result.valItems} val items, ${result.tokenizerCorpusLines} tokenizer lines`,
      );
    },
    train: async () => {
      if (!pythonHasTrainingModules(python)) {
        throw new TinyAgentError(
          "train/python",
          `${python} cannot import torch, sentencepiece and numpy. On Debian: apt-get install ` +
            "python3-torch python3-sentencepiece python3-numpy libopenblas0-openmp (the default BLAS " +
            "makes torch much slower); or set TINYAGENT_PYTHON to an interpreter that has them.",
          { context: { python } },
        );
      }
      const args = ["--corpus", options.workDirectory, "--out", runDirectory, "--seed", String(seed)];
      for (const [name, value] of Object.entries(options.trainerOptions ?? {})) {
        args.push(`--${name}`, ...(value === true ? [] : [value]));
      }
      await runPython(python, [TRAINER, ...args], log);
    },
    export: async () => {
      ggufBytes = await exportGguf({ runDirectory, outputPath: stagedModel });
      log(`wrote ${stagedModel} (${(ggufBytes / 1e6).toFixed(2)} MB)`);
    },
    parity: async () => {
      if (!existsSync(stagedModel)) {
        throw new TinyAgentError(
          "train/stage",
          `${stagedModel} is missing: the parity stage checks the export stage's GGUF (start at --from export).`,
          { context: { stagedModel } },
        );
      }
      parity = await checkParity({
        modelPath: stagedModel,
        runDirectory,
        ...(options.parityCopyPath === undefined ? {} : { ciCopyPath: stagedParity }),
      });
      for (const line of describeParity(parity)) log(line);
    },
  };

  for (const stage of TRAIN_PLANNER_STAGES.slice(first, last + 1)) {
    const started = performance.now();
    log(`== ${stage}`);
    await stages[stage]();
    stageSeconds[stage] = (performance.now() - started) / 1000;
    log(`== ${stage} took ${(stageSeconds[stage] ?? 0).toFixed(1)}s`);
  }
  const ok =
    parity === undefined || (parity.textMismatches.length === 0 && parity.tokenMismatches.length === 0);
  const exported = last >= TRAIN_PLANNER_STAGES.indexOf("export");
  if (!ok) {
    log(`${options.modelPath} was left as it was; the model that failed parity is ${stagedModel}`);
  } else if (exported) {
    const model = await readFile(stagedModel);
    await writeFileAtomic(options.modelPath, model);
    log(`installed ${options.modelPath}`);
    if (options.catalogPath !== undefined) {
      const entry = await recordInCatalog(options.catalogPath, options.modelPath, model);
      if (entry !== undefined) log(`recorded its size and SHA-256 in ${options.catalogPath} (${entry})`);
    }
    if (parity !== undefined && options.parityCopyPath !== undefined) {
      await writeFileAtomic(options.parityCopyPath, await readFile(stagedParity));
      log(`installed ${options.parityCopyPath}`);
    }
  }
  return {
    stageSeconds,
    ...(ggufBytes === undefined ? {} : { ggufBytes }),
    ...(parity ? { parity } : {}),
    ok,
    installed: ok && exported,
  };
}

function describeParity(report: ParityReport): string[] {
  const lines = [
    `tokenizer: ${report.tokenizerChecks - report.tokenMismatches.length}/${report.tokenizerChecks} texts tokenized identically`,
    `greedy decode: ${report.samples - report.textMismatches.length}/${report.samples} samples identical`,
  ];
  for (const mismatch of report.tokenMismatches.slice(0, 5)) {
    lines.push(`  tokens differ for ${JSON.stringify(mismatch.text.slice(0, 80))}:`);
    lines.push(`    sentencepiece ${JSON.stringify(mismatch.expected.slice(0, 40))}`);
    lines.push(`    llama.cpp     ${JSON.stringify(mismatch.actual.slice(0, 40))}`);
  }
  for (const mismatch of report.textMismatches.slice(0, 5)) {
    const question = mismatch.prompt.split("\n").find((line) => line.startsWith("Question:")) ?? "";
    lines.push(`  decode differs (trainer's min logit margin ${mismatch.minMargin}) for ${question}`);
    lines.push(`    trainer   ${JSON.stringify(mismatch.expected)}`);
    lines.push(`    llama.cpp ${JSON.stringify(mismatch.actual)}`);
  }
  if (report.ciSamples > 0) lines.push(`copied ${report.ciSamples} samples for the CI parity test`);
  return lines;
}
