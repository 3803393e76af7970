import { groupsOfProduct, plansInOrder } from "../state/selling-plans";
import type { DevOrder, DevSellingPlan, DevStoreState } from "../state/types";
import type { DeliveryRecord } from "../webhooks/sender";

const escape = (value: unknown) =>
  String(value ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const button = (fields: Record<string, string>, label: string) =>
  `<form method="post" action="/devstore">${Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escape(value)}">`)
    .join("")}<button>${escape(label)}</button></form>`;

/** One row per product and selling plan group that applies to it (to the whole product, or to some variants). */
function purchaseOptionRows(state: DevStoreState) {
  return state.products.flatMap((product) =>
    groupsOfProduct(state, product).map((group) => {
      const variants = product.variants.filter((variant) => group.variantIds.includes(variant.id));
      const whole = group.productIds.includes(product.id);
      return {
        product: whole ? product.title : `${product.title} (${variants.map((variant) => variant.title).join(", ")})`,
        group: `${group.name}${group.appId ? ` · app ${group.appId}` : ""}`,
        plans: plansInOrder(group)
          .map(
            (plan) =>
              `${plan.name} (${[plan.category?.toLowerCase().replace("_", "-"), checkoutCharge(plan)].filter(Boolean).join(", ")})`,
          )
          .join("; "),
      };
    }),
  );
}

function checkoutCharge(plan: DevSellingPlan): string {
  const billing = plan.billingPolicy;
  if (billing.kind !== "fixed") return "";
  const charge = billing.checkoutCharge;
  return charge.type === "PRICE" ? `${charge.amount} at checkout` : `${charge.percentage}% at checkout`;
}

function orderStatus(order: DevOrder): string {
  if (order.cancelledAt) return "cancelled";
  const payment = order.financialStatus.toLowerCase().replace("_", " ");
  return order.fulfillmentStatus === "FULFILLED" ? `${payment}, fulfilled` : payment;
}

/** The back office page: recent orders, customers' consent, purchase options, the webhook log. */
export function controlPage(state: DevStoreState, deliveries: DeliveryRecord[], message: string | null): string {
  const orders = state.orders.slice(-15).reverse();
  const customers = state.customers.slice(0, 12);
  const recent = deliveries.slice(-25).reverse();
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dev store back office – ${escape(state.shop.name)}</title>
<link rel="icon" href="data:,">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1f2937;background:#f6f6f7}
main{max-width:1100px;margin:0 auto;padding:24px}h1{font-size:22px}h2{font-size:16px;margin-top:28px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e3e3e3}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eee;vertical-align:middle}
form{display:inline}button{font:inherit;padding:3px 10px;border:1px solid #bbb;border-radius:6px;background:#fff;cursor:pointer}
.message{background:#e3f1df;border:1px solid #95c9b4;padding:8px 12px;border-radius:6px}
.failed{color:#b42318}.delivered{color:#1f7a4d}
</style></head><body><main>
<h1>${escape(state.shop.name)} · back office</h1>
<p>Play the merchant and the customers: every action below sends its webhook to Fieldtest at ${escape(state.app.appUrl)}.
<a href="/">Open the storefront</a> · <a href="/devstore/mailbox">Mailbox</a> (the mail the app sent).</p>
${message ? `<p class="message" role="status">${escape(message)}</p>` : ""}
<h2>Recent orders</h2>
<table><thead><tr><th>Order</th><th>Placed</th><th>Customer</th><th>Total</th><th>Status</th><th>Actions</th></tr></thead><tbody>
${orders
  .map(
    (
      o,
    ) => `<tr><td>${escape(o.name)}</td><td>${escape(o.createdAt.slice(0, 16).replace("T", " "))}</td><td>${escape(o.email ?? "guest")}</td>
<td>${escape(o.total)} ${escape(o.currencyCode)}</td><td>${escape(orderStatus(o))}</td>
<td>${o.cancelledAt ? "" : button({ action: "cancel-order", orderId: o.id }, "Cancel")} ${
      ["PAID", "PARTIALLY_PAID", "PARTIALLY_REFUNDED"].includes(o.financialStatus)
        ? button({ action: "refund-order", orderId: o.id }, "Refund")
        : ""
    } ${
      o.cancelledAt || o.fulfillmentStatus === "FULFILLED"
        ? ""
        : button({ action: "fulfill-order", orderId: o.id }, "Mark fulfilled")
    }</td></tr>`,
  )
  .join("\n")}
</tbody></table>
<h2>Customers' email consent</h2>
<table><thead><tr><th>Customer</th><th>Email</th><th>Consent</th><th>Change</th></tr></thead><tbody>
${customers
  .map(
    (c) =>
      `<tr><td>${escape(`${c.firstName} ${c.lastName}`)}</td><td>${escape(c.email)}</td><td>${escape(
        c.emailMarketingConsent.marketingState.toLowerCase().replace("_", " "),
      )}</td><td>${
        c.emailMarketingConsent.marketingState === "SUBSCRIBED"
          ? button({ action: "set-consent", customerId: c.id, state: "UNSUBSCRIBED" }, "Unsubscribe")
          : button({ action: "set-consent", customerId: c.id, state: "SUBSCRIBED" }, "Subscribe")
      }</td></tr>`,
  )
  .join("\n")}
</tbody></table>
<h2>Purchase options on products</h2>
<table><thead><tr><th>Product</th><th>Selling plan group</th><th>Plans</th></tr></thead><tbody>
${
  purchaseOptionRows(state)
    .map((row) => `<tr><td>${escape(row.product)}</td><td>${escape(row.group)}</td><td>${escape(row.plans)}</td></tr>`)
    .join("\n") || `<tr><td colspan="3">None: the app adds them with sellingPlanGroupCreate.</td></tr>`
}
</tbody></table>
<h2>The app</h2>
<p>${button({ action: "uninstall-app" }, "Uninstall Fieldtest")} sends app/uninstalled.</p>
<h2>Webhooks sent (newest first)</h2>
<table><thead><tr><th>Topic</th><th>Webhook id</th><th>Attempts</th><th>State</th></tr></thead><tbody>
${
  recent
    .map(
      (d) =>
        `<tr><td>${escape(d.topic)}</td><td><code>${escape(d.id)}</code></td><td>${escape(
          d.attempts.map((a) => a.status ?? a.error).join(", "),
        )}</td><td class="${escape(d.state)}">${escape(d.state)}</td></tr>`,
    )
    .join("\n") || `<tr><td colspan="4">None yet: place an order in the storefront.</td></tr>`
}
</tbody></table>
</main></body></html>`;
}
