import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { dataOwners } from "../../app/privacy/registry.server";

// A model holds a shop's data when it has a `shop` field, a customer's when it has a field
// named customer… (customerId, customerEmail, …). Adding such a model without saying how
// privacy webhooks clean it up fails here.
const models = Prisma.dmmf.datamodel.models;
const shopModels = models.filter((m) => m.fields.some((f) => f.name === "shop")).map((m) => m.name);
const customerModels = models.filter((m) => m.fields.some((f) => /^customer/i.test(f.name))).map((m) => m.name);

describe("the privacy registry", () => {
  it("knows how to delete every model that carries a shop", () => {
    const registered = dataOwners.map((o) => o.model);
    expect(shopModels.length).toBeGreaterThan(0);
    expect(shopModels.filter((m) => !registered.includes(m as Prisma.ModelName))).toEqual([]);
  });

  it("knows how to export and delete every model that carries a customer", () => {
    const registered = dataOwners.filter((o) => o.customer).map((o) => o.model);
    expect(customerModels.length).toBeGreaterThan(0);
    expect(customerModels.filter((m) => !registered.includes(m as Prisma.ModelName))).toEqual([]);
  });

  it("lists each model once", () => {
    const names = dataOwners.map((o) => o.model);
    expect(new Set(names).size).toBe(names.length);
  });
});
