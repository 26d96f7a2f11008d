import type { ApprovalPolicy } from "../executor/index.js";
import { UsageError } from "./UsageError.js";

const POLICIES: readonly ApprovalPolicy[] = ["ask-for-writes", "ask-always", "never-ask"];

export function parsePolicy(value: string | undefined, fallback: ApprovalPolicy): ApprovalPolicy {
  if (value === undefined) return fallback;
  if ((POLICIES as readonly string[]).includes(value)) return value as ApprovalPolicy;
  throw new UsageError(`--policy must be one of ${POLICIES.join(", ")}; got "${value}".`);
}
