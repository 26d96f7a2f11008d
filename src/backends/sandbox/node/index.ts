export { SandboxStore, type SandboxStoreOptions } from "./SandboxStore.js";
