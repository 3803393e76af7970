import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as it arrived (what the HMAC covers). */
  body: string;
  /** performance.now() when the request had arrived. */
  receivedAt: number;
}

/** How the endpoint answers its nth request (0-based): a status, or "hang" to never answer. */
export type Answer = (request: RecordedRequest, index: number) => number | "hang";

export interface RecordingEndpoint {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** An app stand-in on 127.0.0.1: records every request and answers as told (200 unless told otherwise). */
export async function startRecordingEndpoint(answer: Answer = () => 200): Promise<RecordingEndpoint> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: RecordedRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        receivedAt: performance.now(),
      };
      requests.push(request);
      const status = answer(request, requests.length - 1);
      if (status === "hang") return;
      res.writeHead(status, { "Content-Type": "text/plain" }).end(String(status));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
