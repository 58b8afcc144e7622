// The HTML report opened in real headless Chromium (Debian's package, driven by playwright-core):
// its highlights and tables match the records, an article's <script> stays text, and a screenshot
// is saved for the README.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutputRecordSchema, type ArticleRecord } from "../../src/schema/record.js";
import { BIN, FIXTURES, ROOT } from "../helpers.js";

const dir = mkdtempSync(path.join(tmpdir(), "newsx-html-"));
for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith(".txt"))) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
const HOSTILE = 'Officials met in Seoul on Monday to discuss the plan. <script>window.pwned = true</script> "It is <b>not</b> over," said President Yoon Suk Yeol.';
writeFileSync(path.join(dir, "zz-hostile.txt"), HOSTILE);

const run = (format: string) => spawnSync(process.execPath, [BIN, "extract", dir, "--format", format, "--jobs", "2"], { encoding: "utf8", maxBuffer: 1 << 28 });
const records = run("jsonl")
  .stdout.trim()
  .split("\n")
  .map((l) => OutputRecordSchema.parse(JSON.parse(l)) as ArticleRecord);
const reportPath = path.join(dir, "report.html");
writeFileSync(reportPath, run("html").stdout);

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
});
afterAll(async () => browser?.close());

describe("newsx extract --format html", () => {
  it("highlights every person mention and quote and lists every meeting of the records", async () => {
    const page = await browser.newPage();
    await page.goto(`file://${reportPath}`);
    const articles = page.locator("article");
    expect(await articles.count()).toBe(records.length);
    for (const [i, record] of records.entries()) {
      const article = articles.nth(i);
      const mentions = record.people.reduce((n, p) => n + p.mentions.length, 0);
      expect(await article.locator("mark.ent.person").count()).toBe(mentions);
      expect(await article.locator("mark.ent.quote").count()).toBe(record.quotes.length);
      expect(await article.locator(".meetings tbody tr").count()).toBe(record.meetings.length);
    }
    await page.close();
  });

  it("shows what a highlight resolved to on keyboard focus", async () => {
    const page = await browser.newPage();
    await page.goto(`file://${reportPath}`);
    const first = page.locator("mark.ent.person").first();
    await first.focus();
    const tip = await first.evaluate((el) => getComputedStyle(el, "::after").content);
    expect(tip).toContain(records[0]!.people.find((p) => p.mentions.length)!.name);
    await page.close();
  });

  it("keeps an article's <script> as text and runs nothing", async () => {
    const page = await browser.newPage();
    await page.goto(`file://${reportPath}`);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    // The normalizer drops the markup line; the report lists it, as text, among the dropped lines.
    expect(await page.locator("article").last().locator("details.dropped").textContent()).toContain("<script>window.pwned = true</script>");
    expect(await page.locator("script").count()).toBe(0);
    await page.close();
  });

  // The screenshot goes to a scratch folder, so a test run leaves the checkout as it was;
  // NEWSX_UPDATE_SCREENSHOT=1 writes the README's docs/report.png instead.
  it("fits a phone-sized window and takes a screenshot (docs/report.png with NEWSX_UPDATE_SCREENSHOT=1)", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`file://${reportPath}`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`file://${reportPath}#article-0`);
    const target = process.env.NEWSX_UPDATE_SCREENSHOT === "1" ? path.join(ROOT, "docs") : mkdtempSync(path.join(tmpdir(), "newsx-shot-"));
    mkdirSync(target, { recursive: true });
    const shot = await page.screenshot({ path: path.join(target, "report.png") });
    expect(shot.length).toBeGreaterThan(10_000);
    await page.close();
  });
});
