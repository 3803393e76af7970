import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
}

type Reply = (request: ReceivedRequest, response: ServerResponse) => void;

/** A stand-in for the Fieldtest app's HTTP server: records what reaches it and answers per path. */
export async function startTestApp(replies: Record<string, Reply>) {
  const received: ReceivedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = {
      method: req.method ?? "GET",
      url: new URL(req.url ?? "/", "http://app.test"),
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    received.push(request);
    const reply = replies[request.url.pathname];
    if (reply) reply(request, res);
    else res.writeHead(404).end("no such app route");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    lastRequest: () => received.at(-1)!,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
