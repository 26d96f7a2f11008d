export { AbortError, isAbortError, sleep, throwIfAborted } from "./abort.js";
export { TinyAgentError } from "./TinyAgentError.js";
