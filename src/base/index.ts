export { AbortError, isAbortError, sleep, throwIfAborted } from "./abort.js";
export { type JsonLineResult, parseJsonLines } from "./parseJsonLines.js";
export { pickDefined } from "./pickDefined.js";
export { TinyAgentError } from "./TinyAgentError.js";
