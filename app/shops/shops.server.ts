import type { DbOrTx } from "../db.server";

/** A (re)install: the shop is active again, with the scopes it granted. */
export async function recordInstall(db: DbOrTx, shop: string, scope: string | null) {
  await db.shop.upsert({
    where: { shop },
    create: { shop, scope },
    update: { scope, uninstalledAt: null },
  });
}

/** app/uninstalled: sessions go (the tokens are dead), the shop is marked uninstalled. */
export async function recordUninstall(db: DbOrTx, shop: string, at: Date) {
  await db.session.deleteMany({ where: { shop } });
  await db.shop.upsert({
    where: { shop },
    create: { shop, uninstalledAt: at },
    update: { uninstalledAt: at },
  });
}

/** app/scopes_update: the merchant granted or revoked optional scopes. */
export async function recordScopes(db: DbOrTx, shop: string, scopes: string[]) {
  const scope = scopes.join(",");
  await db.session.updateMany({ where: { shop }, data: { scope } });
  await db.shop.updateMany({ where: { shop }, data: { scope } });
}
