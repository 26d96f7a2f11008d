export {
  EMBEDDED_TOOLRAG_DIR,
  EXAMPLE_BANK_FILE,
  type LoadToolSelectorOptions,
  loadToolSelector,
} from "./loadToolSelector.js";
export {
  MAX_CLASSIFIER_TOKENS,
  OnnxToolClassifier,
  type OnnxToolClassifierOptions,
} from "./OnnxToolClassifier.js";
export { readExampleBank } from "./readExampleBank.js";
