import { expect, type Page } from "@playwright/test";

/** Types a command into the xterm terminal and presses Enter. */
export async function runInTerminal(page: Page, command: string) {
  await page.locator(".xterm").click();
  await page.keyboard.type(command);
  await page.keyboard.press("Enter");
}

export async function terminalText(page: Page): Promise<string> {
  return (await page.locator(".xterm-rows").innerText()).replace(/\u00a0/g, " ");
}

export async function waitForPrompt(page: Page) {
  await expect(page.locator(".xterm-rows")).toContainText("controlplane:~$");
}

export function uniqueEmail(tag: string) {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export async function signUp(page: Page, email: string, password: string) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/labs");
}
