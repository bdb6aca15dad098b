import { rmSync } from "node:fs";

/** Removes the run's throwaway SQLite file. */
export default function globalTeardown() {
  const db = process.env.E2E_DB;
  if (db) for (const f of [db, `${db}-journal`, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
}
