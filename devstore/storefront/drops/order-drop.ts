import { Drop } from "liquidjs";
import type { DevCustomer, DevOrder } from "../../state/types";
import { toCents } from "../money";

/** Liquid's `order` on the order status page. */
export class OrderDrop extends Drop {
  readonly #order: DevOrder;
  readonly #customer: DevCustomer | undefined;

  constructor(order: DevOrder, customer: DevCustomer | undefined) {
    super();
    this.#order = order;
    this.#customer = customer;
  }

  get id() {
    return Number(this.#order.id);
  }
  get name() {
    return this.#order.name;
  }
  get order_number() {
    return this.#order.number + 1000;
  }
  get email() {
    return this.#order.email;
  }
  get created_at() {
    return this.#order.createdAt;
  }
  get financial_status() {
    return this.#order.financialStatus.toLowerCase();
  }
  get customer() {
    return this.#customer ? { first_name: this.#customer.firstName, last_name: this.#customer.lastName } : null;
  }
  get line_items() {
    return this.#order.lines.map((line) => ({
      title: line.title,
      variant_title: line.variantTitle,
      quantity: line.quantity,
      price: toCents(line.price),
      line_price: toCents(line.price) * line.quantity,
      sku: line.sku,
    }));
  }
  get subtotal_price() {
    return toCents(this.#order.subtotal);
  }
  get shipping_price() {
    return toCents(this.#order.totalShipping);
  }
  get tax_price() {
    return toCents(this.#order.totalTax);
  }
  get total_discounts() {
    return toCents(this.#order.totalDiscounts);
  }
  get total_price() {
    return toCents(this.#order.total);
  }
  get attributes() {
    return Object.fromEntries(this.#order.noteAttributes.map(({ name, value }) => [name, value]));
  }
}
