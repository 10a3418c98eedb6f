/**
 * Reading `docs/DOMAIN.md §n` citations out of source and documentation
 * text, and the numbered sections out of the document itself. Pure: the
 * test beside it walks the repository and feeds these the files' text.
 *
 * A citation is `DOMAIN.md` followed by one or more section references —
 * `§4`, `§4.2`, `§1–2`, `§1, §2, §9`, `§4, rules 1–6` — possibly across a
 * comment's line break (`(docs/DOMAIN.md\n * §8)`). The bare `DOMAIN §4`
 * (no file name) is reported as such: it names no file a reader can open.
 */

export interface Citation {
  /** Section numbers cited, ranges expanded: `['1', '2']` for `§1–2`. */
  readonly sections: readonly string[];
  /** Written `docs/DOMAIN.md` (the form code outside docs/ must use). */
  readonly prefixed: boolean;
  /** Written `DOMAIN §n`, without `.md`. */
  readonly bare: boolean;
  /** 1-based line of the mention. */
  readonly line: number;
}

export interface Section {
  readonly number: string;
  readonly title: string;
}

const MENTION = /\bDOMAIN(\.md)?(?=[\s\]),.;:`§])/g;
/** A comment's line break: the newline, indentation and the `*` or `//` that continues the comment. */
const CONTINUATION = /\r?\n[ \t]*(?:\*(?!\/)|\/\/)?[ \t]*/g;
const ONE_REF = String.raw`§\s?\d+(?:\.\d+)*(?:\s*[–-]\s*§?\d+(?:\.\d+)*)?`;
const RULES = String.raw`(?:,?\s*rules?\s+\d+(?:\s*[–-]\s*\d+)?)?`;
/** What may sit between the name and the first `§`: a closing backtick, a Markdown link's target. */
const GAP = String.raw`[\x60\]]?(?:\([^)]*\))?`;
const REFS = new RegExp(String.raw`^${GAP}\s*((?:(?:[,;]\s*|and\s+)?${ONE_REF}${RULES}\s*)+)`);
const EACH_REF = /§\s?(\d+(?:\.\d+)*)(?:\s*[–-]\s*§?(\d+(?:\.\d+)*))?/g;
const HEADING = /^#{2,6}[ \t]+(\d+(?:\.\d+)*)\.?[ \t]+(.+)$/gm;

/** Every mention of DOMAIN.md (or DOMAIN) in `text` that cites at least one section. */
export function citationsIn(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(MENTION)) {
    const at = m.index;
    const tail = text.slice(at + m[0].length, at + m[0].length + 240).replace(CONTINUATION, ' ');
    const refs = REFS.exec(tail)?.[1];
    if (refs === undefined) continue;
    out.push({
      sections: sectionsOfRefs(refs),
      prefixed: text.slice(Math.max(0, at - 5), at) === 'docs/',
      bare: m[1] === undefined,
      line: text.slice(0, at).split('\n').length,
    });
  }
  return out;
}

/** The numbered headings of a Markdown document: `## 4. The C.Hasil` → `4`, `### 4.2 Rules` → `4.2`. */
export function sectionsOf(markdown: string): Section[] {
  return [...markdown.matchAll(HEADING)].map((m) => ({
    number: m[1] as string,
    title: (m[2] as string).trim(),
  }));
}

function sectionsOfRefs(refs: string): string[] {
  return [...refs.matchAll(EACH_REF)].flatMap((m) => expand(m[1] as string, m[2]));
}

/** `1`–`3` → 1, 2, 3; a range of subsections is checked by its two ends. */
function expand(from: string, to: string | undefined): string[] {
  if (to === undefined) return [from];
  const whole = /^\d+$/;
  if (!whole.test(from) || !whole.test(to) || Number(to) < Number(from)) return [from, to];
  return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(Number(from) + i));
}
