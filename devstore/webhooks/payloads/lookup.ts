import type { DevCustomer, DevOrder, DevStoreState } from "../../state/types";

export function findOrder(state: DevStoreState, orderId: string): DevOrder {
  const order = state.orders.find((candidate) => candidate.id === orderId);
  if (!order) throw new Error(`The dev store has no order ${orderId}`);
  return order;
}

export function findCustomer(state: DevStoreState, customerId: string): DevCustomer {
  const customer = state.customers.find((candidate) => candidate.id === customerId);
  if (!customer) throw new Error(`The dev store has no customer ${customerId}`);
  return customer;
}
