// Renders each page of an extraction data set to the text a browser shows
// (document.body.innerText), as /work/shared/datasets/extraction/prepare-text.md prescribes,
// so the benchmark can measure the rendered-text path on the same pages as the HTML path.
//
// Usage: node render-text.mjs <dataset-dir> [<out-dir>] [--every N] [--concurrency N] [--timeout ms]
//   <dataset-dir> holds html/<id>.html and manifest.tsv; <out-dir> defaults to <dataset-dir>/rendered.
//   --every N renders only every N-th id of the manifest (a deterministic sample for large sets).
// Resumable: a page whose <out-dir>/<id>.txt exists is skipped. Timeouts and load errors are
// logged to <out-dir>-skipped.tsv; a rerun tries them once more (one goto each, no retry loop).
// Browser: CHROMIUM env var, else /usr/bin/chromium (the distribution's build; playwright-core
// downloads none).

import { chromium } from 'playwright-core';
import { readFile, writeFile, mkdir, access, appendFile, rename } from 'node:fs/promises';
import path from 'node:path';

const args = process.argv.slice(2);
const positional = [];
const options = { every: 1, concurrency: 3, timeout: 30000 };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a.startsWith('--')) {
    const key = a.slice(2);
    if (!(key in options)) throw new Error(`unknown option ${a}`);
    options[key] = Number(args[++i]);
  } else {
    positional.push(a);
  }
}
if (positional.length < 1) {
  console.error('usage: node render-text.mjs <dataset-dir> [<out-dir>] [--every N] [--concurrency N] [--timeout ms]');
  process.exit(2);
}
const datasetDir = positional[0];
const outDir = positional[1] ?? path.join(datasetDir, 'rendered');
const skippedLog = path.join(path.dirname(outDir), `${path.basename(outDir)}-skipped.tsv`);
await mkdir(outDir, { recursive: true });

// manifest.tsv: header row names the columns; only id and url are needed here.
const manifestLines = (await readFile(path.join(datasetDir, 'manifest.tsv'), 'utf8')).split('\n').filter(l => l.length > 0);
const header = manifestLines[0].split('\t');
const idCol = header.indexOf('id');
const urlCol = header.indexOf('url');
const pages = manifestLines.slice(1).map(l => l.split('\t')).map(c => ({ id: c[idCol], url: urlCol >= 0 ? c[urlCol] : '' }))
  .filter((_, i) => i % options.every === 0);

// The page's own URL when the manifest has a usable http(s) one, so relative links resolve the
// same way; otherwise a reserved name that can never be fetched for real.
function pageUrl(p) {
  if (/^https?:\/\/[^\s]+$/i.test(p.url)) {
    try { return new URL(p.url).href; } catch { /* fall through to the placeholder */ }
  }
  return `http://page.invalid/${encodeURIComponent(p.id)}.html`;
}

// Whitespace only: LF line ends, each line trimmed of ASCII whitespace (U+00A0 kept as it is, hence
// no \s), runs of blank lines collapsed to one, no leading/trailing blank lines, one final newline.
function normalise(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(l => l.replace(/^[ \t\f\v]+|[ \t\f\v]+$/g, ''));
  const out = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

async function exists(f) {
  try { await access(f); return true; } catch { return false; }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
// One context for the whole run: same layout inputs for every page on every run.
const context = await browser.newContext({
  javaScriptEnabled: false,
  viewport: { width: 1280, height: 800 },
  locale: 'en-US',
  timezoneId: 'UTC',
});

let done = 0, skipped = 0, existing = 0;
const started = Date.now();

async function renderOne(p) {
  const outFile = path.join(outDir, `${p.id}.txt`);
  if (await exists(outFile)) { existing++; return; }
  const html = await readFile(path.join(datasetDir, 'html', `${p.id}.html`));
  const url = pageUrl(p);
  const page = await context.newPage();
  try {
    // Answer the page's own URL with the stored bytes (a transport-level charset overrides the
    // page's <meta>, which may still name the original encoding); abort everything else, since
    // images, styles, fonts and frames are not part of the data set.
    let served = false;
    await page.route('**/*', async route => {
      const req = route.request();
      if (!served && req.isNavigationRequest() && req.frame() === page.mainFrame()) {
        served = true;
        await route.fulfill({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html });
      } else {
        await route.abort();
      }
    });
    await page.goto(url, { waitUntil: 'load', timeout: options.timeout });
    const text = await page.evaluate(() => (document.body ?? document.documentElement).innerText ?? '');
    // Write through a temporary name so an interrupted run never leaves a half file behind.
    await writeFile(outFile + '.tmp', normalise(text), 'utf8');
    await rename(outFile + '.tmp', outFile);
    done++;
  } catch (e) {
    skipped++;
    const reason = String(e?.message ?? e).split('\n')[0].replace(/\t/g, ' ');
    await appendFile(skippedLog, `${p.id}\t${reason}\n`);
    console.error(`skip ${p.id}: ${reason}`);
  } finally {
    await page.close().catch(() => {});
  }
}

// A few pages at a time through one browser: enough to overlap layout with file I/O without
// taking more than a share of the machine.
let next = 0;
async function worker() {
  while (next < pages.length) {
    const p = pages[next++];
    await renderOne(p);
    const n = done + skipped + existing;
    if (n % 50 === 0) console.log(`${path.basename(datasetDir)}: ${n}/${pages.length} (${done} rendered, ${existing} existing, ${skipped} skipped, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}
await Promise.all(Array.from({ length: options.concurrency }, worker));
await browser.close();
console.log(`${path.basename(datasetDir)}: done: ${done} rendered, ${existing} already there, ${skipped} skipped of ${pages.length} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
