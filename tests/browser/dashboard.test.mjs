// Browser tests of the detente dashboard in real Chromium (Debian's), driven by playwright-core.
// Usage: DETENTE_URL=http://127.0.0.1:PORT node dashboard.test.mjs
// Prints "N passed, M failed" and exits non-zero on any failure. Screenshots go to
// SCREENSHOT_DIR (default ../../target/browser-screenshots).
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

const BASE = process.env.DETENTE_URL || "http://127.0.0.1:8080";
const SHOTS = resolve(process.env.SCREENSHOT_DIR || new URL("../../target/browser-screenshots", import.meta.url).pathname);
mkdirSync(SHOTS, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  // Flags Debian's Chromium needs here (no sandbox as root, no GPU, nothing fetched);
  // playwright gives it a fresh temporary profile of its own.
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
let passed = 0, failed = 0;

async function check(name, path, fn, viewport) {
  const context = await browser.newContext({ viewport: viewport || { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    const t0 = Date.now();
    await page.goto(BASE + path, { waitUntil: "load" });
    const load = Date.now() - t0;
    const { paint, plotly } = await page.evaluate(() => ({
      paint: (performance.getEntriesByType("paint").find((p) => p.name === "first-contentful-paint") || {}).startTime,
      plotly: (performance.getEntriesByType("resource").find((r) => r.name.endsWith("/assets/plotly.min.js")) || {}).responseEnd,
    }));
    await fn(page);
    // Every form control has a label (accessibility), on every page.
    const unlabelled = await page.$$eval("input:not([type=hidden]), select", (els) => els.filter((e) => !e.labels || !e.labels.length).map((e) => e.name || e.id));
    if (unlabelled.length) throw new Error("form controls without a label: " + unlabelled.join(", "));
    // plotly.js (4.6 MB) is deferred: the page must paint before it has arrived.
    const ran = await page.evaluate(() => window.detentePlotlyAt);
    if (paint && ran && paint > ran) throw new Error(`first paint (${paint.toFixed(0)} ms) waited for plotly.js to run (${ran.toFixed(0)} ms)`);
    if (errors.length) throw new Error("console errors: " + errors.join(" | "));
    await page.screenshot({ path: join(SHOTS, name.replace(/\W+/g, "_") + ".png"), fullPage: true });
    const done = Date.now() - t0;
    console.log(`ok   ${name} (first paint ${paint ? paint.toFixed(0) : "?"} ms, load event ${load} ms${plotly ? `, plotly.js fetched ${plotly.toFixed(0)} ms` : ""}, checks done ${done} ms)`);
    passed++;
  } catch (e) {
    await page.screenshot({ path: join(SHOTS, "FAILED_" + name.replace(/\W+/g, "_") + ".png"), fullPage: true }).catch(() => {});
    console.log(`FAIL ${name}: ${e.message}`);
    failed++;
  } finally {
    await context.close();
  }
}

const points = (page, sel) => page.waitForFunction((s) => Number(document.querySelector(s)?.dataset.points || 0) > 0, sel, { timeout: 15000 });

await check("overview renders its chart", "/", async (page) => {
  await points(page, "#overview-chart");
  const bars = await page.locator("#overview-chart .barlayer path").count();
  if (bars < 1) throw new Error("no bars drawn");
  await page.waitForSelector("#top-actors table", { timeout: 10000 });
});

await check("dyad USA-CHN shows a series; clicking a point filters the list", "/dyad/USA/CHN", async (page) => {
  await points(page, "#dyad-chart");
  await page.waitForSelector("#event-list .event", { timeout: 10000 });
  const marker = page.locator("#dyad-chart .scatterlayer .trace:first-child .points path").first();
  const box = await marker.boundingBox();
  if (!box) throw new Error("no point to click");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => /^Events \d{4}-\d{2}-\d{2} to/.test(document.querySelector("#list-title").textContent), null, { timeout: 10000 });
  await page.waitForFunction(() => !document.querySelector("#event-list").hasAttribute("aria-busy"), null, { timeout: 10000 });
  const title = await page.textContent("#list-title");
  const [, from, to] = title.match(/(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})/);
  const dates = await page.$$eval("#event-list .event .meta span:first-child", (els) => els.map((e) => e.textContent.slice(0, 10)));
  if (!dates.length) throw new Error("the filtered list is empty");
  for (const d of dates) if (/^\d{4}-\d{2}-\d{2}$/.test(d) && (d < from || d > to)) throw new Error(`event dated ${d} outside ${from}..${to}`);
});

await check("event evidence is highlighted", "/events", async (page) => {
  await page.waitForSelector("#event-list .event", { timeout: 10000 });
  for (const cls of ["verb", "src"]) if ((await page.locator(`#event-list mark.${cls}`).count()) < 1) throw new Error(`no mark.${cls}`);
});

await check("actor USA: chart, counterparts and events", "/actor/USA", async (page) => {
  await points(page, "#actor-chart");
  await page.waitForSelector("#counterparts table a[href^='/dyad/USA/']", { timeout: 10000 });
  await page.waitForSelector("#event-list .event", { timeout: 10000 });
});

await check("event list filters by quad class and pages on", "/events?quad=4", async (page) => {
  await page.waitForSelector("#event-list .event", { timeout: 10000 });
  const classes = await page.$$eval("#event-list .event .meta span[class^='q']:not(.q)", (els) => els.map((e) => e.className));
  if (!classes.length || classes.some((c) => c !== "q4")) throw new Error("events outside quad class 4: " + [...new Set(classes)].join(","));
  const first = await page.getAttribute("#event-list .event", "data-event");
  const next = page.locator("#event-list button[data-cursor]");
  if (await next.count()) {
    await next.click();
    await page.waitForFunction((f) => document.querySelector("#event-list .event")?.dataset.event !== f && !document.querySelector("#event-list").hasAttribute("aria-busy"), first, { timeout: 10000 });
  }
});

await check("keyboard: skip link and focusable map points", "/map", async (page) => {
  await points(page, "#map");
  await page.keyboard.press("Tab");
  if ((await page.evaluate(() => document.activeElement.className)) !== "skip") throw new Error("first Tab does not reach the skip link");
  await page.focus("#map #points circle");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /^Events in /.test(document.querySelector("#list-title").textContent), null, { timeout: 10000 });
  await page.waitForSelector("#event-list .event, #event-list p", { timeout: 10000 });
});

await check("map shows points", "/map", async (page) => {
  await points(page, "#map");
  if ((await page.locator("#map #points circle").count()) < 1) throw new Error("no circles");
  if ((await page.locator("#map .countries path").count()) < 100) throw new Error("country outlines missing");
});

await check("article page annotates mentions and events", "/events", async (page) => {
  await page.waitForSelector("#event-list .event a[href^='/article/']", { timeout: 10000 });
  await page.click("#event-list .event a[href^='/article/']");
  await page.waitForSelector(".article-text mark.verb", { timeout: 10000 });
});

await check("overview on a phone screen", "/", async (page) => {
  await points(page, "#overview-chart");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 2);
  if (overflow) throw new Error("page scrolls sideways on a phone");
}, { width: 390, height: 844 });

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
