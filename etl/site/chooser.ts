// dist/<edition>/index.html: where a reader picks a language. One static page, written
// after the language builds, each language named in itself and linked with hreflang.
// It loads nothing (no script, no stylesheet file, no font), like the rest of the site.
import type { Edition } from "../extract/editions.ts";
import { LANGUAGES, stateName, textIn } from "../messages.ts";

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Parts of two rules of STYLE, named to keep its lines short.
const GRID = "display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem;";
const CARD = "display: block; padding: 1rem; border: 1px solid #8a8d91; border-radius: 8px;";
const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic",
  "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", Tahoma, Arial, sans-serif; color: #1b1e23; background: #fff; }
body { max-width: 52rem; margin: 3rem auto; padding: 0 1.5rem; line-height: 1.5; }
h1 { font-size: 2rem; margin: 0 0 1rem; }
h2 { font-size: 1.1rem; font-weight: 500; }
ul { list-style: none; padding: 0; ${GRID} }
a { ${CARD} color: #1b1e23; text-decoration: none; }
a:hover, a:focus-visible { border-color: #2b4fae; outline: 2px solid #2b4fae; outline-offset: 1px; }
a strong { display: block; font-size: 1.25rem; color: #2b4fae; text-decoration: underline; }
.note { background: #f8d7da; border: 1px solid #b02a37; color: #58151c; padding: 0.5rem 1rem; border-radius: 4px; }
`;

/** The language chooser of `edition`, in the languages it was built in. */
export function chooserPage(edition: Edition, codes: string[]): string {
  const languages = LANGUAGES.filter((l) => codes.includes(l.code));
  const params = (code: string) => (edition.audience === "state" ? { state: stateName(edition.state, code) } : {});
  const title = (code: string) =>
    textIn(code, edition.audience === "state" ? "edition.state.title" : "site.title", params(code));
  const links = languages.map((l) => {
    const attributes = `href="./${l.code}/" hreflang="${l.code}" lang="${l.code}" dir="${l.dir}"`;
    return `<li><a ${attributes}><strong>${escape(l.name)}</strong>${escape(textIn(l.code, "site.tagline"))}</a></li>`;
  });
  const banners =
    edition.audience === "state"
      ? languages.map((l) => {
          const banner = escape(textIn(l.code, "edition.state.banner", params(l.code)));
          return `<p class="note" role="note" lang="${l.code}" dir="${l.dir}">${banner}</p>`;
        })
      : [];
  const choose = languages
    .map((l) => `<span lang="${l.code}" dir="${l.dir}">${escape(textIn(l.code, "language.choose"))}</span>`)
    .join(" · ");
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title("en"))}</title>
${languages.map((l) => `<link rel="alternate" hreflang="${l.code}" href="./${l.code}/">`).join("\n")}
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(title("en"))}</h1>
${banners.join("\n")}
<h2>${choose}</h2>
<ul>
${links.join("\n")}
</ul>
</main>
</body>
</html>
`;
}
