import { defineConfig } from "@playwright/test";
import os from "node:os";
import path from "node:path";

// One port per run (inherited by workers through the environment), a throwaway SQLite file per run.
process.env.E2E_PORT ??= String(3200 + (process.pid % 700));
process.env.E2E_DB ??= path.join(os.tmpdir(), `kubelab-e2e-${process.pid}.db`);
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/global-teardown.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? "list" : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `rm -f "${process.env.E2E_DB}" && npx --no-install tsx scripts/db-migrate.ts deploy && npx --no-install next build && npx --no-install next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/signin`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { DATABASE_URL: `file:${process.env.E2E_DB}`, NEXTAUTH_SECRET: "e2e-only-secret", NEXTAUTH_URL: baseURL, NEXT_TELEMETRY_DISABLED: "1" },
  },
});
