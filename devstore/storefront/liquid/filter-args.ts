/**
 * liquidjs hands a filter's keyword arguments (`width: 600`) over as [name, value] pairs
 * among the positional ones; this separates them.
 */
export function splitFilterArgs(args: unknown[]): { positional: unknown[]; named: Record<string, unknown> } {
  const positional: unknown[] = [];
  const named: Record<string, unknown> = {};
  for (const arg of args) {
    if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === "string") named[arg[0]] = arg[1];
    else positional.push(arg);
  }
  return { positional, named };
}
