/**
 * The preorder page's conversion: orders per visitor who viewed the product since the test
 * started (the web pixel's product_viewed, one visitor per browser). Null until the pixel has
 * reported a view; it can pass 100 % only if views went unreported (consent refused, blockers),
 * so it is capped there and says so.
 */
export interface PreorderConversion {
  percent: number;
  text: string;
}

export function preorderConversion(
  orders: number,
  seen: { views: number; visitors: number },
): PreorderConversion | null {
  if (seen.visitors === 0) return null;
  const raw = (orders / seen.visitors) * 100;
  const percent = Math.min(100, raw);
  const views = seen.views === 1 ? "1 product view" : `${seen.views} product views`;
  const visitors = seen.visitors === 1 ? "1 visitor" : `${seen.visitors} visitors`;
  const capped = raw > 100 ? "; some visitors were not counted (no analytics consent)" : "";
  return {
    percent,
    text: `${orders} ${orders === 1 ? "preorder" : "preorders"} from ${visitors} (${views})${capped}`,
  };
}
