import type { DevCustomer, DevOrder, DevOrderLine, DevProduct, DevShop } from "../state/types";
import { catalogueProduct } from "./catalogue";
import { customerAddress, guestAddress, salesTaxRate, type PostalAddress } from "./addresses";
import { allocateCents, formatCents, toCents } from "./money";
import type { Random } from "./random";
import { timezoneOffsetMinutes } from "./time-zone";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const ORDER_HISTORY_DAYS = 90;

/** Orders on an average day; scaled by weekday and by the shop's growth over the period. */
const ORDERS_PER_DAY = 3.4;
/** Sunday first: online home-goods orders peak on Sunday and Monday evenings and dip on Friday and Saturday. */
const WEEKDAY_WEIGHTS = [1.2, 1.25, 1.1, 1.0, 0.95, 0.75, 0.85];
/** By local hour: a lunchtime bump and an evening peak. */
const HOUR_WEIGHTS = [
  0.4, 0.25, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.0, 1.1, 1.2, 1.4, 1.3, 1.1, 1.0, 1.0, 1.1, 1.3, 1.6, 1.8, 1.7, 1.3,
  0.8,
];
const HOURS = HOUR_WEIGHTS.map((_, hour) => hour);

const GUEST_NAMES = [
  "maya.fischer",
  "sam.taylor",
  "jordan.lee",
  "alex.morgan",
  "nina.petrova",
  "chris.okoro",
  "emma.lund",
  "ravi.menon",
  "kate.dunn",
  "luis.ortega",
  "ana.costa",
  "tom.bauer",
];

const HEARD_ABOUT_US = ["Instagram", "Pinterest", "A friend", "Podcast", "Google", "TikTok"];
const GIFT_MESSAGES = ["Happy housewarming!", "Enjoy the new flat x", "Happy birthday, Mum", "For the new studio"];

interface OrderSeedInput {
  random: Random;
  now: Date;
  shop: DevShop;
  products: DevProduct[];
  customers: DevCustomer[];
  nextId: () => string;
}

/** 90 days of order history before `now`, oldest first, numbered #1001 onwards. */
export function seedOrders({ random, now, shop, products, customers, nextId }: OrderSeedInput): DevOrder[] {
  const forSale = products.filter((product) => product.status === "ACTIVE");
  const popularity = forSale.map(popularityOf);
  // Some customers buy often, some once, some never (newsletter sign-ups).
  const activity = customers.map(() => random.pick([0, 0.4, 1, 1, 1.5, 2, 3.5]));
  const times = orderTimes(random.fork("order-times"), now, shop.ianaTimezone);
  return times.map((createdAt, index) => {
    const id = nextId();
    const customer = random.chance(0.78) ? random.weighted(customers, activity) : null;
    const email = customer
      ? customer.email
      : `${random.pick(GUEST_NAMES)}@${random.pick(["example.com", "example.net"])}`;
    const address = customer ? customerAddress(customer) : guestAddress(id, email);
    const lines = orderLines(random, forSale, popularity, nextId);
    const totals = orderTotals(random, lines, address);
    const number = index + 1;
    const order: DevOrder = {
      id,
      name: `#${1000 + number}`,
      number,
      customerId: customer?.id ?? null,
      email,
      currencyCode: shop.currencyCode,
      lines,
      subtotal: totals.subtotal,
      totalDiscounts: totals.totalDiscounts,
      totalTax: totals.totalTax,
      totalShipping: totals.totalShipping,
      total: totals.total,
      financialStatus: "PAID",
      fulfillmentStatus: "UNFULFILLED",
      noteAttributes: noteAttributes(random),
      createdAt: createdAt.toISOString(),
      processedAt: createdAt.toISOString(),
      cancelledAt: null,
      cancelReason: null,
      refunds: [],
      test: false,
    };
    settle(order, random, now, nextId);
    return order;
  });
}

function orderTimes(random: Random, now: Date, timeZone: string): Date[] {
  const offset = timezoneOffsetMinutes(timeZone, now) * 60_000;
  // Local midnight of today, counted in milliseconds of local time.
  const todayLocal = Math.floor((now.getTime() + offset) / DAY) * DAY;
  const earliest = now.getTime() - ORDER_HISTORY_DAYS * DAY;
  const times: number[] = [];
  for (let daysAgo = ORDER_HISTORY_DAYS; daysAgo >= 0; daysAgo--) {
    const dayLocal = todayLocal - daysAgo * DAY;
    const growth = 0.85 + 0.3 * (1 - daysAgo / ORDER_HISTORY_DAYS);
    const count = random.poisson(ORDERS_PER_DAY * WEEKDAY_WEIGHTS[new Date(dayLocal).getUTCDay()] * growth);
    for (let i = 0; i < count; i++) {
      const hour = random.weighted(HOURS, HOUR_WEIGHTS);
      const at = dayLocal - offset + hour * HOUR + random.int(0, 3599) * 1000;
      if (at > earliest && at < now.getTime()) times.push(at);
    }
  }
  return times.sort((a, b) => a - b).map((at) => new Date(at));
}

function orderLines(random: Random, forSale: DevProduct[], popularity: number[], nextId: () => string): DevOrderLine[] {
  const count = random.weighted([1, 2, 3], [65, 25, 10]);
  const chosen: DevProduct[] = [];
  const weights = [...popularity];
  for (let i = 0; i < count; i++) {
    const product = random.weighted(forSale, weights);
    weights[forSale.indexOf(product)] = 0;
    chosen.push(product);
  }
  return chosen.map((product) => {
    const variant = random.pick(product.variants);
    return {
      id: nextId(),
      productId: product.id,
      variantId: variant.id,
      title: product.title,
      variantTitle: variant.title === "Default Title" ? null : variant.title,
      sku: variant.sku,
      quantity: random.weighted([1, 2, 3], [80, 15, 5]),
      price: variant.price,
      discount: "0.00",
      sellingPlanId: null,
    };
  });
}

/** Subtotal − discounts + tax + shipping = total, in cents so that it adds up exactly. */
function orderTotals(random: Random, lines: DevOrderLine[], address: PostalAddress) {
  const lineCents = lines.map((line) => toCents(line.price) * line.quantity);
  const subtotal = lineCents.reduce((a, b) => a + b, 0);
  if (random.chance(0.18)) {
    const percent = random.weighted([10, 15, 20], [6, 3, 1]);
    lines.forEach((line, i) => (line.discount = formatCents(Math.round((lineCents[i] * percent) / 100))));
  }
  const discounts = lines.reduce((sum, line) => sum + toCents(line.discount), 0);
  const merchandise = subtotal - discounts;
  const tax = Math.round(merchandise * salesTaxRate(address));
  const shipping = shippingCents(address.countryCode, merchandise);
  return {
    subtotal: formatCents(subtotal),
    totalDiscounts: formatCents(discounts),
    totalTax: formatCents(tax),
    totalShipping: formatCents(shipping),
    total: formatCents(merchandise + tax + shipping),
  };
}

/** Free shipping over $75 at home and over $150 abroad. */
function shippingCents(countryCode: string, merchandiseCents: number): number {
  if (countryCode === "US") return merchandiseCents >= 7500 ? 0 : 695;
  if (merchandiseCents >= 15000) return 0;
  return countryCode === "CA" ? 1295 : 1995;
}

/** What happened to the order since: fulfilled after a couple of days, a few cancelled, a few returned. */
function settle(order: DevOrder, random: Random, now: Date, nextId: () => string) {
  const created = Date.parse(order.createdAt);
  const ageDays = (now.getTime() - created) / DAY;
  if (random.chance(0.035)) {
    const cancelledAt = created + random.int(1, 30) * HOUR;
    if (cancelledAt < now.getTime()) {
      order.cancelledAt = new Date(cancelledAt).toISOString();
      order.cancelReason = random.weighted(["CUSTOMER", "INVENTORY", "FRAUD", "DECLINED"], [6, 2, 1, 1]);
      if (order.cancelReason === "DECLINED") {
        order.financialStatus = "VOIDED";
      } else {
        order.financialStatus = "REFUNDED";
        order.refunds.push(fullRefund(order, order.cancelledAt, nextId));
      }
      return;
    }
  }
  if (ageDays >= 4 || (ageDays >= 1.5 && random.chance(0.5))) order.fulfillmentStatus = "FULFILLED";
  if (order.fulfillmentStatus === "FULFILLED" && random.chance(0.05)) {
    const refundedAt = created + random.int(6, 25) * DAY + random.int(0, DAY - 1);
    if (refundedAt >= now.getTime()) return;
    const at = new Date(refundedAt).toISOString();
    const returnsOneItem = order.lines.length > 1 || order.lines[0].quantity > 1;
    if (returnsOneItem && random.chance(0.7)) {
      order.refunds.push(oneItemRefund(order, at, nextId));
      order.financialStatus = "PARTIALLY_REFUNDED";
    } else {
      order.refunds.push(fullRefund(order, at, nextId));
      order.financialStatus = "REFUNDED";
    }
  }
}

function fullRefund(order: DevOrder, createdAt: string, nextId: () => string): DevOrder["refunds"][number] {
  return {
    id: nextId(),
    createdAt,
    amount: order.total,
    lines: order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity })),
  };
}

/** One unit of the order's first line back: its share after discount, plus the tax charged on it. */
function oneItemRefund(order: DevOrder, createdAt: string, nextId: () => string): DevOrder["refunds"][number] {
  const line = order.lines[0];
  const lineNet = toCents(line.price) * line.quantity - toCents(line.discount);
  const unitNet = Math.round(lineNet / line.quantity);
  const merchandise = toCents(order.subtotal) - toCents(order.totalDiscounts);
  const [unitTax] = allocateCents(toCents(order.totalTax), [unitNet, merchandise - unitNet]);
  return { id: nextId(), createdAt, amount: formatCents(unitNet + unitTax), lines: [{ lineId: line.id, quantity: 1 }] };
}

function noteAttributes(random: Random): DevOrder["noteAttributes"] {
  const attributes: DevOrder["noteAttributes"] = [];
  if (random.chance(0.12)) attributes.push({ name: "How did you hear about us?", value: random.pick(HEARD_ABOUT_US) });
  if (random.chance(0.04)) attributes.push({ name: "Gift message", value: random.pick(GIFT_MESSAGES) });
  return attributes;
}

/** Bulky furniture sells less often than small organisers; the catalogue says how much. */
function popularityOf(product: DevProduct): number {
  return catalogueProduct(product.handle)?.popularity ?? 1;
}
