/**
 * App-owned metafield namespaces. An app writes `$app:foo` (or `$app`, or nothing) and
 * Shopify stores and echoes the reserved form `app--<appId>--foo` (`app--<appId>`). Another
 * app's reserved namespace is off limits.
 */

const RESERVED_APP_NAMESPACE = /^app--(\d+)(?:--|$)/;

export function resolveAppNamespace(namespace: string | null | undefined, appId: string): string {
  if (namespace == null || namespace === "$app") return `app--${appId}`;
  if (namespace.startsWith("$app:")) return `app--${appId}--${namespace.slice("$app:".length)}`;
  return namespace;
}

/** True for `app--<otherAppId>…`: the namespace belongs to a different app. */
export function isOtherAppNamespace(namespace: string, appId: string): boolean {
  const match = RESERVED_APP_NAMESPACE.exec(namespace);
  return match !== null && match[1] !== appId;
}
