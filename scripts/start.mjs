// `npm start`: the one command that takes a fresh clone to a running app on the embedded default.
// 1. makes sure a NEXTAUTH_SECRET exists (generated once, kept in .env.local, never committed),
// 2. applies the database migrations (SQLite file prisma/dev.db unless DATABASE_URL says otherwise),
// 3. seeds the built-in lab catalogue, 4. builds if the build is missing or older than the sources,
// 5. serves on http://localhost:3000 (PORT and HOST override).
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, statSync, readdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

function loadEnvLocal() {
  const file = ".env.local";
  let text = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (!/^NEXTAUTH_SECRET=/m.test(text) && !process.env.NEXTAUTH_SECRET) {
    text += `${text && !text.endsWith("\n") ? "\n" : ""}NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}\n`;
    writeFileSync(file, text, { mode: 0o600 });
    console.log("kubelab: generated NEXTAUTH_SECRET in .env.local");
  }
  for (const line of text.split("\n")) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2];
  }
}

function run(cmd, args, what) {
  console.log(`kubelab: ${what}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    console.error(`kubelab: ${what} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

/** Newest modification time under the folders the build depends on. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  ["app", "components", "lib", "labs", "generated", "public"].forEach(walk);
  for (const f of ["package.json", "next.config.js", "tsconfig.json", "postcss.config.mjs"]) if (existsSync(f)) newest = Math.max(newest, statSync(f).mtimeMs);
  return newest;
}

loadEnvLocal();
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "127.0.0.1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

run("npx", ["--no-install", "tsx", "scripts/db-migrate.ts", "deploy"], "applying database migrations");
run("npx", ["--no-install", "tsx", "prisma/seed.ts"], "seeding the built-in labs");
const buildId = ".next/BUILD_ID";
if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource()) run("npx", ["--no-install", "next", "build"], "building the app");
console.log(`kubelab: serving on http://localhost:${port}`);
const server = spawn("npx", ["--no-install", "next", "start", "-H", host, "-p", port], { stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
