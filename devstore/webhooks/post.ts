export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * One HTTP attempt: the response status, or the reason there was none (refused, reset,
 * timed out). Redirects are not followed; like any non-2xx they count as a failure.
 */
export async function postWebhook(
  request: WebhookRequest,
  timeoutMs: number,
): Promise<{ status: number } | { error: string }> {
  try {
    const response = await fetch(request.url, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Read the body so the connection can be reused; the app's answer is not used.
    await response.arrayBuffer();
    return { status: response.status };
  } catch (error) {
    return { error: describe(error, timeoutMs) };
  }
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === "TimeoutError") return `timed out after ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
