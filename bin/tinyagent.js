#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the published package and a fresh clone behave the same.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
