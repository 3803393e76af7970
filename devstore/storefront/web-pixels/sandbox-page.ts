import { readFileSync } from "node:fs";
import { pixelBundle } from "./pixel-bundle";
import type { WebPixelExtension } from "./pixel-extension";

const WORKER_RUNTIME = readFileSync(new URL("./runtime/pixel-worker-runtime.js", import.meta.url), "utf8");

/** JSON inside an inline script: "<" escaped so that "</script>" in the code cannot end it. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * The strict sandbox's document, loaded in an iframe with sandbox="allow-scripts" (an opaque
 * origin): it starts the pixel in a worker made from a blob (the runtime, then the pixel's
 * bundle) and passes messages between the worker and the page.
 */
export async function sandboxPage(extension: WebPixelExtension): Promise<string> {
  const source = `${WORKER_RUNTIME}\n${await pixelBundle(extension)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${extension.name} (web pixel sandbox)</title></head>
<body><script>
(() => {
  const source = ${inlineJson(source)};
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
  worker.addEventListener("message", (event) => parent.postMessage(event.data, "*"));
  addEventListener("message", (event) => {
    if (event.source === parent) worker.postMessage(event.data);
  });
  parent.postMessage({ type: "ready" }, "*");
})();
</script></body></html>`;
}
