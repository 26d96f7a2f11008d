import { parseArgs } from "node:util";
import { TinyAgentError } from "../../src/base/index.js";
import { TRAIN_PLANNER_STAGES, type TrainPlannerStage, trainPlanner } from "./trainPlanner.js";

export const TRAIN_PLANNER_USAGE = `Usage: npm run train:planner -- [options]

Trains the embedded planner from scratch on the dataset (npm run data): SentencePiece BPE tokenizer
and a llama decoder (Python: /usr/bin/python3 with python3-torch, python3-sentencepiece), exports a
GGUF and checks that node-llama-cpp's greedy output equals the trainer's.

Files:
  --data DIR            dataset with train.jsonl and val.jsonl (default data)
  --work DIR            rendered corpus, and the training run in DIR/run (default data/planner)
  --model FILE          GGUF to install (default models/planner/tinyagent-compact.gguf); exported
                        to DIR/model.gguf first, it replaces FILE only once parity passes
  --parity-copy FILE    parity samples for the CI test (default models/planner/parity.jsonl; "" for none)
  --catalog FILE        model catalog whose embedded entry for --model gets the new size and SHA-256
                        (default models/models.json; "" for none)
  --from STAGE          start at render | train | export | parity, reusing earlier outputs
  --to STAGE            stop after this stage (e.g. --to render here, then train on a GPU machine)
  --python PATH         interpreter with torch (default $TINYAGENT_PYTHON or /usr/bin/python3)

Data:
  --seed N              seeds tool selection, shuffling and initialisation (default 1)
  --tools-share X       share of training prompts with a Tools: line (default 0.5)

Model and training (passed to scripts/train/train_planner.py; see its --help):
  --dim N --layers N --heads N --kv-heads N --ffn N     shape (default 256, 4, 4, heads, 8/3 dim)
  --vocab N             SentencePiece pieces (default 2000)
  --space-prefix        add_dummy_prefix / add_space_prefix (default off)
  --max-tokens N        token budget, prompt + completion tokens (default 2000000)
  --seq N --batch N --lr X --warmup X --weight-decay X
  --eval-every N --val-items N --samples N --max-new-tokens N
  --matrix-type F16|F32 GGUF matrices (default F16)  --threads N  --device cpu|cuda
  --precision auto|fp32|bf16   training autocast (auto: bf16 on cuda)
  --time-budget SECONDS stop training after this long; the learning-rate schedule ends there too
  --init DIR            go on training an earlier run (its --work DIR/run, copied elsewhere first):
                        its tokenizer, shape and best weights; shape and vocabulary options are ignored;
                        with --max-tokens 0, only re-export it (e.g. a run trained on another machine)
  --tokenizer DIR       train a new model with an earlier run's tokenizer instead of a new one
`;

const TRAINER_VALUES = [
  "init",
  "dim",
  "layers",
  "heads",
  "kv-heads",
  "ffn",
  "vocab",
  "max-tokens",
  "seq",
  "batch",
  "lr",
  "warmup",
  "weight-decay",
  "eval-every",
  "val-items",
  "samples",
  "max-new-tokens",
  "matrix-type",
  "threads",
  "device",
  "precision",
  "time-budget",
  "tokenizer",
  "log-every",
] as const;

/**
 * `npm run train:planner -- …`: parses the options ({@link TRAIN_PLANNER_USAGE}), runs
 * {@link trainPlanner}, prints progress and stage times. Returns the exit code: 0 on success,
 * 1 on a parity difference or failure, 2 on a usage error.
 */
export async function trainPlannerCommand(
  argv: readonly string[],
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        help: { type: "boolean", short: "h" },
        data: { type: "string", default: "data" },
        work: { type: "string", default: "data/planner" },
        model: { type: "string", default: "models/planner/tinyagent-compact.gguf" },
        "parity-copy": { type: "string", default: "models/planner/parity.jsonl" },
        catalog: { type: "string", default: "models/models.json" },
        from: { type: "string", default: "render" },
        to: { type: "string", default: "parity" },
        python: { type: "string" },
        seed: { type: "string", default: "1" },
        "tools-share": { type: "string", default: "0.5" },
        "space-prefix": { type: "boolean" },
        ...Object.fromEntries(TRAINER_VALUES.map((name) => [name, { type: "string" as const }])),
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    print(`${(error as Error).message}\n\n${TRAIN_PLANNER_USAGE}`);
    return 2;
  }
  if (values.help) {
    print(TRAIN_PLANNER_USAGE);
    return 0;
  }
  const from = values.from as string;
  const to = values.to as string;
  const seed = Number(values.seed);
  const toolsLineShare = Number(values["tools-share"]);
  const stages: readonly string[] = TRAIN_PLANNER_STAGES;
  if (!stages.includes(from) || !stages.includes(to) || !Number.isInteger(seed)) {
    print(`--from and --to must be one of ${TRAIN_PLANNER_STAGES.join(", ")} and --seed an integer.`);
    return 2;
  }
  if (stages.indexOf(to) < stages.indexOf(from)) {
    print(`--to ${to} comes before --from ${from}.`);
    return 2;
  }
  if (!(toolsLineShare >= 0 && toolsLineShare <= 1)) {
    print("--tools-share must be between 0 and 1.");
    return 2;
  }
  const trainerOptions: Record<string, string | true> = {};
  for (const name of TRAINER_VALUES) {
    const value = values[name];
    if (typeof value === "string") trainerOptions[name] = value;
  }
  if (values["space-prefix"]) trainerOptions["space-prefix"] = true;
  if (typeof values["matrix-type"] === "string" && !["F16", "F32"].includes(values["matrix-type"])) {
    print("--matrix-type must be F16 or F32.");
    return 2;
  }

  const started = performance.now();
  try {
    const parityCopy = values["parity-copy"] as string;
    const catalog = values.catalog as string;
    const result = await trainPlanner({
      dataDirectory: values.data as string,
      workDirectory: values.work as string,
      modelPath: values.model as string,
      ...(parityCopy === "" ? {} : { parityCopyPath: parityCopy }),
      ...(catalog === "" ? {} : { catalogPath: catalog }),
      from: from as TrainPlannerStage,
      to: to as TrainPlannerStage,
      ...(typeof values.python === "string" ? { python: values.python } : {}),
      seed,
      toolsLineShare,
      trainerOptions,
      log: print,
    });
    const times = Object.entries(result.stageSeconds)
      .map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)}s`)
      .join(", ");
    print(
      `${result.ok ? "done" : "PARITY FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)}s (${times})`,
    );
    return result.ok ? 0 : 1;
  } catch (error) {
    print(TinyAgentError.isInstance(error) ? `error ${error.code}: ${error.message}` : String(error));
    return 1;
  }
}
