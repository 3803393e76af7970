import { useState } from "react";
import { Button } from "@shopify/polaris";

/**
 * Downloads a file from one of the app's resource routes. A plain link would load it as a
 * document without a session token; App Bridge adds the token to `fetch` calls instead.
 */
export function DownloadReportButton({ url, fileName }: { url: string; fileName: string }) {
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");

  async function download() {
    setState("loading");
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Download failed with status ${response.status}`);
      const blobUrl = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = blobUrl;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(blobUrl), 1000);
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <Button variant="plain" onClick={download} loading={state === "loading"}>
      {state === "failed" ? "Download failed, try again" : "Download JSON"}
    </Button>
  );
}
