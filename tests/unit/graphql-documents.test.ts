import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";

// Every Admin GraphQL document in app/ (template strings that start with #graphql) is
// checked against Shopify's real 2026-04 schema, so a misspelt field or a wrong argument
// type fails here before it can fail in a merchant's store.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

// A document may splice in a fragment defined in the same file (`${FRAGMENT}`); a fragment on
// its own is checked where it is used.
const documents = sourceFiles("app").flatMap((file) => {
  const source = readFileSync(file, "utf8");
  const named = new Map([...source.matchAll(/const (\w+) = `#graphql\n([\s\S]*?)`/g)].map((m) => [m[1], m[2]]));
  return [...source.matchAll(/`#graphql\n([\s\S]*?)`/g)]
    .map((match, index) => ({
      name: `${file} #${index + 1}`,
      text: match[1].replace(/\$\{(\w+)\}/g, (_, name: string) => {
        const fragment = named.get(name);
        if (fragment === undefined) throw new Error(`${file}: \${${name}} is not a #graphql constant of this file`);
        return fragment;
      }),
    }))
    .filter(({ text }) => parse(text).definitions.some((definition) => definition.kind !== "FragmentDefinition"));
});

let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildSchema(readFileSync("devstore/admin/schema/admin-2026-04.schema.graphql", "utf8"), {
    assumeValidSDL: true,
  });
});

describe("the app's Admin GraphQL documents", () => {
  it("are found", () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents)("$name is valid against Admin API 2026-04", ({ text }) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });

  it("would catch a misspelt field", () => {
    const errors = validate(schema, parse("query { shop { nmae } }"));
    expect(errors.map((e) => e.message)).toEqual(['Cannot query field "nmae" on type "Shop". Did you mean "name"?']);
  });
});
