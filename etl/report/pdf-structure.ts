// Reads back, from a PDF that Chromium (Skia) printed, how many pages it has and on which page
// each entry of its outline (one per heading) falls: what the table of contents needs. Skia
// writes a classic cross-reference table and plain object dictionaries, so a small reader does:
// trailer → catalog → page tree (in order) and outline tree (depth first).

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
}

export interface PdfStructure {
  pages: number;
  outline: OutlineEntry[];
}

const REF = /(\d+)\s+\d+\s+R/;

/** PDF literal string at `start` (the opening parenthesis), with escapes undone, as bytes. */
function literal(text: string, start: number): string {
  let out = "";
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      const next = text[++i];
      const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
      if (octal) {
        out += String.fromCharCode(parseInt(octal[0], 8));
        i += octal[0].length - 1;
      } else out += { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" }[next] ?? next;
    } else if (c === "(") {
      if (depth++ > 0) out += c;
    } else if (c === ")") {
      if (--depth === 0) return out;
      out += c;
    } else out += c;
  }
  throw new Error("unterminated PDF string");
}

/** A text string's bytes as text: UTF-16BE after a byte-order mark, else PDFDocEncoding (≈ Latin-1). */
function decode(bytes: string): string {
  if (bytes.startsWith("\xfe\xff")) {
    let s = "";
    for (let i = 2; i + 1 < bytes.length; i += 2)
      s += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return s;
  }
  return bytes;
}

function titleOf(dict: string): string {
  const m = /\/Title\s*/.exec(dict);
  if (!m) return "";
  const open = m.index + m[0].length;
  if (dict[open] === "<") {
    const hex = dict.slice(open + 1, dict.indexOf(">", open)).replace(/\s/g, "");
    return decode(
      hex
        .match(/../g)!
        .map((h) => String.fromCharCode(parseInt(h, 16)))
        .join(""),
    );
  }
  return decode(literal(dict, open));
}

export function pdfStructure(pdf: Buffer): PdfStructure {
  const text = pdf.toString("latin1");
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  if (!text.startsWith("xref", startxref)) throw new Error("PDF without a classic cross-reference table");
  const offsets = new Map<number, number>();
  const table = /^xref\s+/.exec(text.slice(startxref))![0].length + startxref;
  let at = table;
  for (
    let section = /^(\d+) (\d+)\s+/.exec(text.slice(at));
    section;
    section = /^(\d+) (\d+)\s+/.exec(text.slice(at))
  ) {
    at += section[0].length;
    const [first, count] = [Number(section[1]), Number(section[2])];
    for (let i = 0; i < count; i++, at += 20) {
      const entry = text.slice(at, at + 20);
      if (entry[17] === "n") offsets.set(first + i, Number(entry.slice(0, 10)));
    }
  }
  const object = (n: number): string => {
    const offset = offsets.get(n);
    if (offset === undefined) throw new Error(`PDF object ${n} is not in the cross-reference table`);
    const body = text.slice(offset, text.indexOf("endobj", offset));
    const stream = body.indexOf("stream");
    return stream < 0 ? body : body.slice(0, stream);
  };
  const ref = (dict: string, name: string): number | undefined => {
    const m = new RegExp(`/${name}\\s+${REF.source}`).exec(dict);
    return m ? Number(m[1]) : undefined;
  };
  const trailer = text.slice(text.indexOf("trailer", startxref), text.lastIndexOf("startxref"));
  const catalog = object(ref(trailer, "Root")!);

  const pages: number[] = [];
  const walk = (n: number) => {
    const dict = object(n);
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)![1];
      for (const kid of kids.matchAll(new RegExp(REF.source, "g"))) walk(Number(kid[1]));
    } else pages.push(n);
  };
  walk(ref(catalog, "Pages")!);
  const pageOf = new Map(pages.map((n, i) => [n, i + 1]));

  const outline: OutlineEntry[] = [];
  const visit = (n: number | undefined) => {
    for (let item = n; item !== undefined;) {
      const dict = object(item);
      const dest = /\/Dest\s*\[\s*(\d+)\s+\d+\s+R/.exec(dict);
      outline.push({ title: titleOf(dict), page: dest ? (pageOf.get(Number(dest[1])) ?? 0) : 0 });
      visit(ref(dict, "First"));
      item = ref(dict, "Next");
    }
  };
  const root = ref(catalog, "Outlines");
  if (root !== undefined) visit(ref(object(root), "First"));
  return { pages: pages.length, outline };
}
