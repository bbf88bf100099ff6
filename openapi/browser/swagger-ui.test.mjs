// Drives Swagger UI in Debian's Chromium the way an integrator does on a first visit: list the articles with
// "Try it out", authorize with the development key and preview a document, then Execute every GET operation with what
// Swagger UI pre-fills and expect a 2xx. Run by check.sh with NEWSAPI_URL.
import { chromium } from "playwright-core";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const baseUrl = process.env.NEWSAPI_URL ?? "http://127.0.0.1:5000";
const editorKey = process.env.NEWSAPI_EDITOR_KEY ?? "dev-editor-key-change-me";
const screenshots = join(dirname(fileURLToPath(import.meta.url)), "screenshots");
const timeout = 30_000;

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
  console.log(`ok - ${message}`);
}

// The headline is taken from the API itself so that the test follows the seeds instead of repeating them.
async function firstHeadline() {
  const response = await fetch(`${baseUrl}/api/articles?pageSize=1`);
  check(response.ok, `GET /api/articles answers ${response.status}`);
  const body = await response.json();
  const headline = body.items?.[0]?.headline;
  check(typeof headline === "string" && headline.length > 0, `the first seed article is "${headline}"`);
  return headline;
}

// Swashbuckle gives every operation block an id from its tag and operationId; matching on the visible method and
// path keeps the test independent of those ids.
function operation(page, method, path) {
  return page
    .locator(".opblock")
    .filter({ has: page.locator(".opblock-summary-method", { hasText: new RegExp(`^${method}$`) }) })
    .filter({ has: page.locator(".opblock-summary-path", { hasText: new RegExp(`^${path.replace(/[/]/g, "\\/")}$`) }) })
    .first();
}

// Empties the pre-filled examples, so that the list shows the newest articles whose first headline the test knows.
async function clearParameters(block) {
  for (const input of await block.locator(".parameters input[type=text]").all()) {
    await input.fill("");
  }
  for (const select of await block.locator(".parameters select").all()) {
    const values = await select.locator("option").evaluateAll((options) => options.map((o) => o.value));
    if (values.includes("")) {
      await select.selectOption("");
    }
  }
}

async function tryItOut(page, block, shot, { clear = true } = {}) {
  await block.locator(".opblock-summary").first().click();
  await block.getByRole("button", { name: "Try it out" }).click();
  if (clear) {
    await clearParameters(block);
  }
  await block.getByRole("button", { name: "Execute" }).click();
  const body = block.locator(".responses-wrapper .live-responses-table .response-col_description pre").first();
  await body.waitFor({ state: "visible", timeout });
  await block.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshots, shot), fullPage: true });
  return body;
}

// The first click of a visitor who changes nothing: every GET operation, Try it out, Execute with what is pre-filled.
// A fresh page, so that no operation is left open or filled in by the steps before.
async function executeEveryGetWithItsDefaults(page) {
  await page.goto(`${baseUrl}/swagger`, { waitUntil: "domcontentloaded" });
  await page.locator(".swagger-ui .information-container").waitFor({ state: "visible" });
  const blocks = page.locator(".opblock.opblock-get");
  await blocks.first().waitFor({ state: "visible" });
  const count = await blocks.count();
  check(count > 10, `Swagger UI shows ${count} GET operations`);
  const failures = [];
  for (let i = 0; i < count; i++) {
    const block = blocks.nth(i);
    const path = (await block.locator(".opblock-summary-path").first().innerText()).trim();
    await block.locator(".opblock-summary").first().click();
    await block.getByRole("button", { name: "Try it out" }).click();
    await block.getByRole("button", { name: "Execute" }).click();
    const statusCell = block.locator(".live-responses-table .response .response-col_status").first();
    await statusCell.waitFor({ state: "visible", timeout });
    const status = (await statusCell.innerText()).trim();
    if (/^2\d\d$/.test(status)) {
      console.log(`ok - GET ${path} executed with its defaults answered ${status}`);
    } else {
      failures.push(`GET ${path} executed with its defaults answered ${status}`);
      await block.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshots, `05-failed-get-${i}.png`), fullPage: true });
    }
    // Closed again so that the page stays short and the next block's buttons are found in its own panel.
    await block.locator(".opblock-summary").first().click();
  }
  check(failures.length === 0, failures.length === 0 ? `all ${count} GET operations answered 2xx on the first Execute` : failures.join("; "));
}

async function main() {
  const headline = await firstHeadline();
  mkdirSync(screenshots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "swagger-ui-chromium-"));
  // A persistent context is Playwright's way to give Chromium a --user-data-dir: a new empty profile per run.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 1000 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(timeout);
    await page.goto(`${baseUrl}/swagger`, { waitUntil: "domcontentloaded" });
    await page.locator(".swagger-ui .information-container").waitFor({ state: "visible" });
    await page.screenshot({ path: join(screenshots, "01-swagger-ui.png"), fullPage: false });

    const list = operation(page, "GET", "/api/articles");
    const listBody = await tryItOut(page, list, "02-list-articles.png");
    await listBody.getByText(headline, { exact: false }).first().waitFor({ state: "visible", timeout });
    const listText = await listBody.innerText();
    check(listText.includes(headline), "the response panel of GET /api/articles shows the seed headline");
    const status = (await list.locator(".live-responses-table .response .response-col_status").first().innerText()).trim();
    check(status === "200", `GET /api/articles executed from Swagger UI answered ${status}`);

    await page.locator(".auth-wrapper .authorize").first().click();
    const dialog = page.locator(".dialog-ux .modal-ux");
    await dialog.waitFor({ state: "visible" });
    await dialog.locator("input").first().fill(editorKey);
    // The dialog's buttons carry aria-labels ("Apply credentials", "Remove authorization") that differ from their text.
    await dialog.locator("button.modal-btn", { hasText: /^Authorize$/ }).click();
    await dialog.locator("button.modal-btn", { hasText: /^Logout$/ }).waitFor({ state: "visible" });
    await page.screenshot({ path: join(screenshots, "03-authorized.png") });
    await dialog.locator("button.btn-done", { hasText: /^Close$/ }).click();
    await dialog.waitFor({ state: "hidden" });
    check(true, "authorized with the development editor key");

    const preview = operation(page, "POST", "/api/articles/preview");
    const previewBody = await tryItOut(page, preview, "04-preview.png");
    const previewText = await previewBody.innerText();
    const previewStatus = (await preview.locator(".live-responses-table .response .response-col_status").first().innerText()).trim();
    check(previewStatus === "200", `POST /api/articles/preview executed from Swagger UI answered ${previewStatus}`);
    check(previewText.includes('"headline"'), "the preview response panel shows a headline");

    await executeEveryGetWithItsDefaults(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`not ok - ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
