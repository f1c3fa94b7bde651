// Prints the report to PDF with Debian's Chromium, driven by playwright-core (never a
// downloaded browser): A4, tagged for screen readers, with an outline, the running header and
// footer. Printed twice: the first printing tells on which page each section starts (read back
// from the PDF's outline), the second carries those pages in the table of contents. The PDF's
// dates are set to the data cutoff, so the same data print the same bytes.
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { t } from "../messages.ts";
import { UserError } from "../warehouse/connection.ts";
import { pdfStructure } from "./pdf-structure.ts";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Chromium's path: CHROMIUM_PATH, else `chromium` on the PATH; a plain message when there is none. */
export function findChromium(): string {
  const set = process.env.CHROMIUM_PATH;
  const found =
    set ??
    (process.env.PATH ?? "")
      .split(path.delimiter)
      .map((dir) => path.join(dir, "chromium"))
      .find(executable) ??
    "/usr/bin/chromium";
  if (!executable(found)) throw new UserError(t("report.error.chromium", { path: found }));
  return found;
}

export interface Printed {
  pdf: Buffer;
  pages: number;
  /** Page on which each heading starts, by heading id. */
  headingPages: Map<string, number>;
}

export interface PrintJob {
  /** The document, with the table of contents' page numbers once known. */
  html(pages?: Map<string, number>): string;
  /** Heading ids in document order: the PDF outline has one entry per heading. */
  headings: [string, string][];
  headerTemplate: string;
  footerTemplate: string;
  /** YYYY-MM-DD: the date the PDF says it was made. */
  date: string;
}

async function printOnce(browser: Browser, job: PrintJob, html: string): Promise<Printed> {
  const page = await browser.newPage();
  try {
    // The report loads nothing: anything but inline data is refused.
    await page.route("**/*", (route) =>
      /^(data|about):/.test(route.request().url()) ? route.continue() : route.abort(),
    );
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: job.headerTemplate,
      footerTemplate: job.footerTemplate,
    });
    const { pages, outline } = pdfStructure(pdf);
    if (outline.length !== job.headings.length) {
      const titles = outline.map((o) => o.title).join(" | ");
      throw new Error(`the PDF outline has ${outline.length} entries for ${job.headings.length} headings: ${titles}`);
    }
    return { pdf, pages, headingPages: new Map(job.headings.map(([id], i) => [id, outline[i].page])) };
  } finally {
    await page.close();
  }
}

/** Same length as what it replaces, so the cross-reference offsets stay right. */
const fixDates = (pdf: Buffer, date: string) =>
  Buffer.from(
    pdf.toString("latin1").replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, `$1${date.replaceAll("-", "")}000000`),
    "latin1",
  );

export async function printPdf(job: PrintJob, executablePath: string, step: (what: string) => void): Promise<Printed> {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    step("report.progress.pdfLayout");
    let printed = await printOnce(browser, job, job.html());
    for (let pass = 0; pass < 3; pass++) {
      step("report.progress.pdf");
      const next = await printOnce(browser, job, job.html(printed.headingPages));
      const same = [...next.headingPages].every(([id, p]) => printed.headingPages.get(id) === p);
      printed = next;
      if (same) return { ...printed, pdf: fixDates(printed.pdf, job.date) };
    }
    throw new Error("the table of contents' page numbers do not settle");
  } finally {
    await browser.close();
  }
}
