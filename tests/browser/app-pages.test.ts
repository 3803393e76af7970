import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/server";
import { openBrowser, openPage, screenshot } from "./harness";

let app: RunningApp;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: process.env.DATABASE_URL! });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("the app's public pages in Chromium", () => {
  it("renders the landing page with the loop and a login form", async () => {
    const { page, response, problems } = await openPage(browser.context, `${app.url}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Fieldtest");
    expect(await page.getByLabel("Shop domain").count()).toBe(1);
    await screenshot(page, "landing");
    expect(problems).toEqual([]);
  });

  it("renders the Polaris login page and explains a wrong shop domain", async () => {
    const { page, problems } = await openPage(browser.context, `${app.url}/auth/login`);
    await page.getByLabel("Shop domain").fill("not a shop");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByText("Please enter a valid shop domain to log in").waitFor();
    await screenshot(page, "login-error");
    expect(problems).toEqual([]);
  });
});
