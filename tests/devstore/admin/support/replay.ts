import { describe, expect, it } from "vitest";
import type { DevStoreState } from "../../../../devstore/state/types";
import { adminClient } from "../admin-client";
import { adminTestState, openTestStore } from "../state-fixture";
import { exchangeAt, readFixture, valueAt, type CapturedExchange, type CapturedResponse } from "./captured-exchanges";
import { compareResponses, IdMap, type CompareOptions } from "./compare-responses";

/**
 * Replaying Shopify's captured Admin API exchanges against a dev store arranged like the
 * shop they were recorded on: each scenario's requests in order, the ids of what the
 * replay creates carried into later requests, every answer compared with the capture.
 */

export interface Step {
  label: string;
  exchange: CapturedExchange;
  options?: CompareOptions;
}

export interface Scenario {
  name: string;
  arrange?: (state: DevStoreState) => void;
  steps: () => Step[];
}

/** The exchange at `pointer`; `query` replaces a request text the capture keeps elsewhere. */
export function step(
  file: string,
  pointer: (string | number)[],
  extra: { query?: string; options?: CompareOptions } = {},
): Step {
  const exchange = exchangeAt(file, pointer);
  const query = extra.query ?? exchange.query;
  if (!query) throw new Error(`${file} ${pointer.join(".")} has no request text`);
  return { label: `${file} ${pointer.join(".")}`, exchange: { ...exchange, query }, options: extra.options };
}

/** Captures that keep a read's variables and response under separate keys. */
export function splitStep(
  file: string,
  query: string,
  variablesKey: string,
  responseKey: string,
  options?: CompareOptions,
): Step {
  const fixture = readFixture(file);
  return {
    label: `${file} ${responseKey}`,
    exchange: {
      pointer: [responseKey],
      query,
      variables: valueAt(fixture, [variablesKey]) as Record<string, unknown>,
      operationName: null,
      response: valueAt(fixture, [responseKey]) as CapturedResponse,
    },
    options,
  };
}

/** One test per scenario, and one that counts the exchanges replayed (so none drops out unnoticed). */
export function describeReplay(title: string, scenarios: Scenario[], exchanges: number) {
  describe(title, () => {
    for (const scenario of scenarios) {
      it(scenario.name, async () => {
        const state = adminTestState();
        scenario.arrange?.(state);
        const client = adminClient(openTestStore(state));
        const ids = new IdMap();
        const failures: string[] = [];
        for (const { label, exchange, options } of scenario.steps()) {
          const { status, body } = await client.request(
            exchange.query as string,
            ids.apply(exchange.variables),
            exchange.operationName ?? undefined,
          );
          expect(status, label).toBe(200);
          const issues = compareResponses(exchange.response, body, options);
          ids.learn(exchange.response.data, body.data);
          if (issues.length) failures.push(`${label}\n    ${issues.join("\n    ")}`);
        }
        expect(failures).toEqual([]);
      });
    }

    it("replays every captured exchange listed above", () => {
      const replayed = scenarios.reduce((total, scenario) => total + scenario.steps().length, 0);
      expect(replayed).toBe(exchanges);
    });
  });
}
