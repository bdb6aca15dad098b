import { expect, test } from "@playwright/test";
import { runInTerminal, signUp, terminalText, uniqueEmail, waitForPrompt } from "./helpers";

test("sign up, sign in, open a lab and list the nodes in the terminal", async ({ page }) => {
  const email = uniqueEmail("ada");
  await signUp(page, email, "kubelab2026");
  await expect(page.getByTestId("signed-in-as")).toHaveText(`Signed in as ${email}`);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Wrong email or password");
  await page.getByLabel("Password").fill("kubelab2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/labs");
  await expect(page.getByTestId("signed-in-as")).toHaveText(`Signed in as ${email}`);

  await page.getByRole("link", { name: "Warm-up: a healthy cluster" }).click();
  await waitForPrompt(page);
  await runInTerminal(page, "kubectl get nodes");
  await expect(page.locator(".xterm-rows")).toContainText("controlplane   Ready    control-plane");
  const text = await terminalText(page);
  expect(text).toContain("NAME           STATUS   ROLES           AGE");
  expect(text).toContain("node01         Ready    <none>");
  expect(text).toContain("node02         Ready    <none>");
});

test("a signed-up user's grade is stored as progress", async ({ page }) => {
  await signUp(page, uniqueEmail("grace"), "kubelab2026");
  await page.goto("/labs/blank");
  await waitForPrompt(page);
  await runInTerminal(page, "kubectl run hello --image=nginx && sleep 5");
  await expect(page.locator(".xterm-rows")).toContainText("pod/hello created");
  await page.getByRole("button", { name: "Check my work" }).click();
  await expect(page.getByTestId("grade")).toContainText("Score: 2/2");
  await page.goto("/account");
  await expect(page.getByRole("cell", { name: "2/2" })).toBeVisible();
});

test("a guest can open a lab and run commands", async ({ page }) => {
  await page.goto("/labs/blank");
  await waitForPrompt(page);
  await runInTerminal(page, "hostname; ssh node01 hostname");
  await expect(page.locator(".xterm-rows")).toContainText("node01");
  await runInTerminal(page, "nosuchcommand");
  await expect(page.locator(".xterm-rows")).toContainText("bash: nosuchcommand: command not found");
});

test("a session survives a page reload", async ({ page }) => {
  await page.goto("/labs/blank");
  await waitForPrompt(page);
  await runInTerminal(page, "kubectl create namespace keepme");
  await expect(page.locator(".xterm-rows")).toContainText("namespace/keepme created");
  await page.reload();
  await waitForPrompt(page);
  await runInTerminal(page, "kubectl get ns keepme -o name");
  await expect(page.locator(".xterm-rows")).toContainText("namespace/keepme");
});

test("user B cannot exec in user A's session", async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pageA = await a.newPage();
  await pageA.goto("/labs");
  const created = await pageA.request.post("/api/sessions", { data: { lab: "blank" } });
  expect(created.status()).toBe(200);
  const { id } = (await created.json()) as { id: string };
  expect((await pageA.request.post(`/api/sessions/${id}/exec`, { data: { command: "hostname" } })).status()).toBe(200);

  const pageB = await b.newPage();
  await signUp(pageB, uniqueEmail("mallory"), "kubelab2026");
  const stolen = await pageB.request.post(`/api/sessions/${id}/exec`, { data: { command: "kubectl delete ns default" } });
  expect(stolen.status()).toBe(404);
  expect(await stolen.json()).toEqual({ error: "session not found" });
  expect((await pageB.request.get(`/api/sessions/${id}/files?node=controlplane&path=/etc/hostname`)).status()).toBe(404);
  await a.close();
  await b.close();
});

test("bad requests get clear 4xx JSON errors", async ({ request }) => {
  const notJson = await request.post("/api/sessions", { data: Buffer.from("{nope"), headers: { "content-type": "application/json" } });
  expect(notJson.status()).toBe(400);
  expect(await notJson.json()).toEqual({ error: "request body must be JSON" });
  const notObject = await request.post("/api/sessions", { data: [1, 2] });
  expect(notObject.status()).toBe(400);
  expect(await notObject.json()).toEqual({ error: "request body must be a JSON object" });
  const tooLong = await request.post("/api/sessions/x/exec", { data: { command: "x".repeat(5000) } });
  expect(tooLong.status()).toBe(400);
  expect(await tooLong.json()).toEqual({ error: "command: command is longer than 4096 characters" });
  const unknown = await request.post("/api/sessions", { data: { lab: "no-such-lab" } });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: 'lab "no-such-lab" not found' });
  const weak = await request.post("/api/register", { data: { email: uniqueEmail("weak"), password: "abc" } });
  expect(weak.status()).toBe(400);
  expect(await weak.json()).toEqual({ error: "Password is too weak: it needs at least 8 characters, a digit." });
});

test("the catalogue groups labs by competency and links each bullet to the curriculum", async ({ page }) => {
  await page.goto("/labs");
  const troubleshooting = page.getByTestId("domain-troubleshooting");
  await expect(troubleshooting.getByRole("heading", { level: 2 })).toContainText("Troubleshooting 30% of the exam");
  await troubleshooting.getByRole("link", { name: "Troubleshoot clusters and nodes" }).click();
  await page.waitForURL("**/resources#troubleshoot-clusters-and-nodes");
  const bullet = page.locator("#troubleshoot-clusters-and-nodes");
  await expect(bullet).toContainText("Troubleshoot clusters and nodes");
  await expect(bullet.getByRole("link", { name: "Node01 is NotReady" })).toBeVisible();
});
