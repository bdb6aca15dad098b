import type { Db } from "../db";
import type { ThrottleStore } from "./throttle";

export function prismaThrottleStore(db: Db): ThrottleStore {
  return {
    read: (key) => db.loginThrottle.findUnique({ where: { key } }),
    write: async (key, r) => {
      await db.loginThrottle.upsert({ where: { key }, create: { key, ...r }, update: r });
    },
    clear: async (key) => {
      await db.loginThrottle.deleteMany({ where: { key } });
    },
  };
}
