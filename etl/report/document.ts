// The report as one HTML document: cover, contents (with the page each section starts on, once
// the first printing has told it), the sections, and the running header and footer that
// Chromium prints on every page (edition, data cutoff, page n of N).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { direction, html, raw, type Html, type Lang, type Text } from "./text.ts";
import type { Section } from "./layout.ts";

const CSS = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "report.css"), "utf8");

export interface DocumentMeta {
  text: Text;
  /** The language of the catalogue used: the requested one when it exists, else English. */
  htmlLang: Lang;
  year: number;
  cutoff: string;
  version: string;
  isSample: boolean;
  /** "Public edition" or "Edition for Mali (restricted)". */
  edition: string;
  restricted: boolean;
}

export const title = (m: DocumentMeta) => m.text.t("report.title", { year: m.text.year(m.year) });

/** Every heading, in order, as Chromium puts them in the PDF outline: [id, text]. */
export function headings(sections: Section[], m: DocumentMeta): [string, string][] {
  const inner = sections.flatMap((s) =>
    [...s.body.text.matchAll(/<h[3-6] id="([^"]+)">([^<]*)<\/h[3-6]>/g)].map((h): [string, string] => [h[1], h[2]]),
  );
  const sectionHeadings = sections.flatMap((s, i): [string, string][] => [
    [s.id, sectionHeading(s, i)],
    ...inner.filter(([id]) => id.startsWith(`${s.id}-`)),
  ]);
  return [["cover", title(m)], ["contents", m.text.t("report.contents")], ...sectionHeadings];
}

const sectionHeading = (s: Section, i: number) => (s.id === "annex" ? s.title : `${i + 1}. ${s.title}`);

/** A section's number before its title, in the contents and its heading (the annex has none). */
const sectionNumber = (s: Section, i: number, text: Text) =>
  s.id === "annex" ? "" : html`<span class="num">${text.integer(i + 1)}.</span> `;

function cover(m: DocumentMeta): Html {
  const { text } = m;
  const period = text.t("report.cover.periodValue", { year: text.year(m.year) });
  return html`<div class="cover">
    <div class="org">${text.t("report.cover.org")}</div>
    <h1 id="cover">${title(m)}</h1>
    <div class="subtitle">${text.t("report.subtitle")}</div>
    ${m.isSample ? html`<p class="sample">${text.t("report.sample")}</p>` : ""}
    ${m.restricted ? html`<p class="restricted">${text.t("report.restrictedNotice")}</p>` : ""}
    <dl>
      <dt>${text.t("report.cover.edition")}</dt><dd>${m.edition}</dd>
      <dt>${text.t("report.cover.period")}</dt><dd>${period}</dd>
      <dt>${text.t("report.cover.cutoff")}</dt><dd>${text.date(m.cutoff)}</dd>
      <dt>${text.t("report.cover.release")}</dt><dd>${m.version}</dd>
    </dl>
    <p class="foot">${text.t("report.cover.citable")}</p>
  </div>`;
}

function contents(sections: Section[], m: DocumentMeta, pages?: Map<string, number>): Html {
  const page = (id: string) => (pages ? m.text.integer(pages.get(id) ?? 0) : "00");
  const item = (s: Section, i: number) => {
    const link = html`<a href="#${s.id}">${sectionNumber(s, i, m.text)}${s.title}</a>`;
    return html`<li>${link}<span class="page">${page(s.id)}</span></li>`;
  };
  return html`<div class="toc-page"><h2 id="contents">${m.text.t("report.contents")}</h2>
    <ol class="toc">${sections.map(item)}</ol>
  </div>`;
}

export function renderDocument(sections: Section[], m: DocumentMeta, pages?: Map<string, number>): string {
  const body = sections.map(
    (s, i) => html`<section class="section" id="${s.id}" aria-labelledby="${s.id}-h">
    <h2 id="${s.id}-h">${sectionNumber(s, i, m.text)}${s.title}</h2>
    ${s.body}
  </section>`,
  );
  return `<!doctype html>
<html lang="${m.htmlLang}" dir="${direction(m.text.lang)}">
<head>
<meta charset="utf-8">
<title>${html`${title(m)} · ${m.edition}`}</title>
<meta name="description" content="${html`${m.text.t("report.subtitle")}`}">
<meta name="generator" content="Blue Ledger ${m.version}">
<style>${CSS}</style>
</head>
<body>
${cover(m)}
${contents(sections, m, pages)}
${html`${body}`}
</body>
</html>
`;
}

/** The running header and footer, in the page margins (Chromium's header and footer templates). */
export function pageTemplates(m: DocumentMeta): { headerTemplate: string; footerTemplate: string } {
  const { text } = m;
  const style = [
    "font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif;",
    "font-size: 7pt;",
    "color: #5b6772;",
    "width: 100%;",
    "margin: 0 18mm;",
    "display: flex;",
    "justify-content: space-between;",
    "gap: 6mm;",
  ].join(" ");
  const dir = direction(text.lang);
  const flag = (key: string) => html`<b style="color:#b3261e">${text.t(key)}</b> · `;
  const sample = m.isSample ? flag("report.header.sample") : "";
  const restricted = m.restricted ? flag("report.header.restricted") : "";
  const left = html`${sample}${restricted}${title(m)} · ${m.edition}`;
  const right = text.t("report.header.cutoff", { cutoff: text.date(m.cutoff) });
  const page = text.th("report.footer.page", {
    page: raw('<span class="pageNumber"></span>'),
    pages: raw('<span class="totalPages"></span>'),
  });
  const band = (extraStyle: string, content: string) =>
    `<div dir="${dir}" style="${style} ${extraStyle}">${content}</div>`;
  return {
    headerTemplate: band("padding-top: 6mm;", `<span>${left}</span><span>${html`${right}`}</span>`),
    footerTemplate: band("justify-content: center; padding-bottom: 5mm;", `<span>${page}</span>`),
  };
}
