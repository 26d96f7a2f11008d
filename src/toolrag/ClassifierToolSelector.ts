import { DEFAULT_EXAMPLE_COUNT, type ExampleBank } from "./ExampleBank.js";
import {
  DEFAULT_MIN_TOOLS,
  DEFAULT_REQUIRED_THRESHOLD,
  DEFAULT_TOOL_THRESHOLD,
  selectTools,
} from "./selectTools.js";
import type { ToolClassifier } from "./ToolClassifier.js";
import type { ToolSelection } from "./ToolSelection.js";
import type { ToolSelectOptions, ToolSelector } from "./ToolSelector.js";

export interface ClassifierToolSelectorOptions {
  readonly classifier: ToolClassifier;
  /** Where in-context examples come from; without one the prompt keeps its fixed examples. */
  readonly examples?: ExampleBank;
  /** A known tool is selected when its probability is strictly above this (default 0.5). */
  readonly threshold?: number;
  /** Runners-up that fill a non-empty selection up to this many tools (see selectTools). */
  readonly minTools?: number;
  /** A selected tool scored above this is one the plan must call (see selectTools). */
  readonly requiredThreshold?: number;
  /** In-context examples per prompt (default 6, the reference's top k). */
  readonly exampleCount?: number;
}

/**
 * ToolRAG (spec §5): classify the query, apply the selection rules ({@link selectTools}), then
 * retrieve the examples that use only the selected tools. Owns the classifier: `dispose()`
 * releases it.
 */
export class ClassifierToolSelector implements ToolSelector {
  readonly #options: ClassifierToolSelectorOptions;

  constructor(options: ClassifierToolSelectorOptions) {
    this.#options = options;
  }

  async select(query: string, { registry, signal }: ToolSelectOptions): Promise<ToolSelection> {
    const { classifier, examples, threshold = DEFAULT_TOOL_THRESHOLD } = this.#options;
    const scores = await classifier.scores(query, signal ? { signal } : {});
    const selection = selectTools({
      query,
      labels: classifier.labels,
      scores,
      registry,
      threshold,
      minTools: this.#options.minTools ?? DEFAULT_MIN_TOOLS,
      requiredThreshold: this.#options.requiredThreshold ?? DEFAULT_REQUIRED_THRESHOLD,
    });
    if (examples === undefined) return selection;
    return {
      ...selection,
      examples: await examples.retrieve(query, {
        tools: selection.tools.map((tool) => tool.name),
        count: this.#options.exampleCount ?? DEFAULT_EXAMPLE_COUNT,
        ...(signal ? { signal } : {}),
      }),
    };
  }

  async dispose(): Promise<void> {
    await this.#options.classifier.dispose?.();
  }
}
