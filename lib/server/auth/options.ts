import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { getPrisma } from "../db";
import { verifyPassword } from "./password";
import { roleFor } from "./roles";
import { lockedFor, recordFailure, recordSuccess, tooManyMessage } from "./throttle";
import { prismaThrottleStore } from "./throttle-store";

export const WRONG_CREDENTIALS = "Wrong email or password";

const providers: NextAuthOptions["providers"] = [
  CredentialsProvider({
    name: "Email",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials) {
      const email = String(credentials?.email ?? "").trim().toLowerCase();
      const password = String(credentials?.password ?? "");
      if (!email || !password) return null;
      const db = getPrisma();
      const store = prismaThrottleStore(db);
      const minutes = await lockedFor(store, email, Date.now());
      if (minutes > 0) throw new Error(tooManyMessage(minutes));
      const user = await db.user.findUnique({ where: { email } });
      if (!user?.passwordHash || !(await verifyPassword(password, user.passwordHash))) {
        await recordFailure(store, email, Date.now());
        return null;
      }
      await recordSuccess(store, email);
      return { id: user.id, email: user.email, name: user.name, role: user.role };
    },
  }),
];

if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) {
  providers.push(GitHubProvider({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }));
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt" },
  pages: { signIn: "/signin" },
  providers,
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "github") return true;
      if (!user.email) return false;
      const db = getPrisma();
      const email = user.email.toLowerCase();
      const existing = await db.user.findUnique({ where: { email } });
      if (!existing) await db.user.create({ data: { email, name: user.name, image: user.image, role: roleFor(email, await db.user.count()) } });
      return true;
    },
    async jwt({ token, user, account }) {
      if (user) {
        if (account?.provider === "github") {
          const db = getPrisma();
          const row = await db.user.findUnique({ where: { email: String(user.email).toLowerCase() } });
          token.uid = row?.id;
          token.role = row?.role ?? "student";
        } else {
          token.uid = user.id;
          token.role = (user as { role?: string }).role ?? "student";
        }
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.uid, role: token.role });
      return session;
    },
  },
};
