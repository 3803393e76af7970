// Debian packages the tests need. Installed with apt when we can (root on Debian);
// otherwise the run fails with the one command that installs them — never a silent skip.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { postgresBinDir } from "./postgres.mjs";

export const CHROMIUM = "/usr/bin/chromium";

const needs = [
  { pkg: "chromium", present: () => existsSync(CHROMIUM) },
  { pkg: "postgresql", present: () => postgresBinDir() !== null },
];

export function ensureSystemPackages() {
  const missing = needs.filter((n) => !n.present()).map((n) => n.pkg);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(" ")}`;
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    console.error(`The tests need ${missing.join(" and ")}. Install with:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(", ")} with apt…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit", env });
  const still = needs.filter((n) => !n.present()).map((n) => n.pkg);
  if (still.length) {
    console.error(`apt-get did not provide ${still.join(", ")}`);
    process.exit(1);
  }
}
