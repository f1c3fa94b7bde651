// The words of a SQL text, as DuckDB's parser would see them: comments, string
// literals ('…', $$…$$) and numbers are skipped, a "quoted identifier" is one
// word. Enough to find what a model creates and reads without a regex that a
// table name in a comment or a string would fool.

const WORD = /[A-Za-z_][\w$]*/y;
const NUMBER = /[\w.]+/y;
const DOLLAR_TAG = /\$(?:[A-Za-z_]\w*)?\$/y;
const PARAMETER = /\$\w*/y;

/** The text `pattern` matches at `at`, or undefined. */
function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** Identifiers and keywords in order, lower-cased; `$param` names are left out. */
export function sqlWords(sql: string): string[] {
  const words: string[] = [];
  const after = (end: string, from: number) => {
    const at = sql.indexOf(end, from);
    return at < 0 ? sql.length : at + end.length;
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "-" && sql[i + 1] === "-") i = after("\n", i);
    else if (c === "/" && sql[i + 1] === "*") i = after("*/", i + 2);
    else if (c === "'" || c === '"') {
      let end = after(c, i + 1);
      while (sql[end] === c) end = after(c, end + 1); // a doubled quote is the quote itself
      if (c === '"')
        words.push(
          sql
            .slice(i + 1, end - 1)
            .replaceAll('""', '"')
            .toLowerCase(),
        );
      i = end;
    } else if (c === "$") {
      const tag = matchAt(DOLLAR_TAG, sql, i);
      i = tag ? after(tag, i + tag.length) : i + matchAt(PARAMETER, sql, i)!.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = matchAt(WORD, sql, i)!;
      words.push(word.toLowerCase());
      i += word.length;
    } else if (/\d/.test(c)) i += matchAt(NUMBER, sql, i)!.length;
    else i++;
  }
  return words;
}
