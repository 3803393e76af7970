/** The four steps a merchant walks, from an idea to a returning customer. */
export const loopSteps = ["Research", "Validate", "Launch", "Retain"] as const;

export type LoopStep = (typeof loopSteps)[number];
