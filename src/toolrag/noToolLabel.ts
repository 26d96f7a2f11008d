/**
 * The classifier output that says "no tool can serve this request" (weather, jokes, arithmetic):
 * the plan is just `1. join()<END_OF_PLAN>`. Without it a request no tool serves scores low on
 * every tool, exactly like a request the classifier does not understand, and both fall back to
 * every tool; with it the two are told apart. Our embedded classifier has it, the reference's
 * 16-label model does not (then nothing changes). Not a tool name, so no tool can be called this.
 */
export const NO_TOOL_LABEL = "(no tool)";
