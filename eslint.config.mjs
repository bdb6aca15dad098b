import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The simulation layers must stay pure (design.md): no framework, database or host I/O imports,
 * no ambient time or randomness. Time comes from the injected Clock, randomness from Rand.
 */
const pureLayers = ["lib/engine/**", "lib/shell/**", "lib/kubectl/**", "lib/etcdctl/**", "lib/kubeadm/**", "lib/labs/**", "lib/toolbox.ts", "labs/**"];

const forbiddenImports = [
  { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"], message: "Pure simulation layers may not import Next or React." },
  { group: ["@prisma/*", "next-auth", "next-auth/*", "pg", "better-sqlite3", "bcryptjs"], message: "Pure simulation layers may not touch the database or auth." },
  { group: ["node:*", "fs", "fs/*", "path", "child_process", "os", "net", "http", "https", "crypto", "worker_threads"], message: "Pure simulation layers may not do host I/O (use the virtual filesystem and injected clock/rand)." },
  { group: ["@/app/*", "@/components/*", "@/lib/server/*", "**/app/*", "**/components/*", "**/lib/server/*"], message: "Imports point down the layers: pure layers may not import app, components or lib/server." },
];

/** For each pure layer, the layers above it (which it must not import). */
const higherLayers = {
  "lib/engine": ["lib/shell", "lib/kubectl", "lib/etcdctl", "lib/kubeadm", "lib/labs", "lib/toolbox"],
  "lib/shell": ["lib/kubectl", "lib/etcdctl", "lib/kubeadm", "lib/labs", "lib/toolbox"],
  "lib/kubectl": ["lib/labs"],
  "lib/etcdctl": ["lib/labs"],
  "lib/kubeadm": ["lib/labs"],
};

const ambientCalls = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Use the injected Clock, not Date.now()." },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Use the injected Clock, not new Date()." },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "Use the injected Rand, not Math.random()." },
  { selector: "CallExpression[callee.name=/^(setTimeout|setInterval|setImmediate|queueMicrotask)$/]", message: "No timers in the simulation: advance the injected clock." },
  { selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']", message: "Use the injected Clock." },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: pureLayers,
    ignores: ["**/*.test.ts", "**/testdata/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: forbiddenImports }],
      "no-restricted-syntax": ["error", ...ambientCalls],
    },
  },
  // Layers above may import layers below, never the reverse.
  ...Object.entries(higherLayers).map(([layer, above]) => ({
    files: [`${layer}/**`],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...forbiddenImports, { group: above.flatMap((a) => { const base = a.split("/").pop(); return [`@/${a}`, `@/${a}/*`, `**/${base}`, `**/${base}/*`]; }), message: `${layer} sits below ${above.join(", ")} and may not import them.` }] },
      ],
    },
  })),
  globalIgnores([".next/**", "node_modules/**", "generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "coverage/**"]),
]);
