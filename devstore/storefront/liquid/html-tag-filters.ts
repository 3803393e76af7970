import { escapeHtml } from "./escape-html";

/** `{{ 'block.css' | asset_url | stylesheet_tag }}` */
export function stylesheetTagFilter(url: unknown): string {
  return `<link href="${escapeHtml(String(url))}" rel="stylesheet" type="text/css" media="all">`;
}

/** `{{ 'block.js' | asset_url | script_tag }}` */
export function scriptTagFilter(url: unknown): string {
  return `<script src="${escapeHtml(String(url))}" type="text/javascript"></script>`;
}
