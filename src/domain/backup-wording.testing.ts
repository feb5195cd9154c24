// What a refusal must never show a clerk: JavaScript or zod type words, internal paths, the
// file's English member or field names. Test-only: nothing in the app imports it.

const JS_WORDS = /mong đợi|nhận được|\b(expected|received|invalid|undefined|null|NaN|object|string|number|boolean|array|function|error|__proto__|constructor|prototype|base64|UTF-8|SHA-256)\b/i;
const PATH = /\[\d+\]|\b[A-Za-z_]+\.[A-Za-z_]+\[|"data"|\b(data|attachments|integrity|scope|format|settings|units|people)\.\w/;
const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/;

/** Every key that occurs anywhere in a parsed backup: the English names a message must not use. */
export function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!Array.isArray(value)) into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

/** The reasons `text` is not plain Vietnamese for a clerk; empty when it is. */
export function unplainReasons(text: string, englishNames: ReadonlySet<string> = new Set()): string[] {
  const reasons: string[] = [];
  if (!/[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i.test(text)) reasons.push('not Vietnamese');
  const js = JS_WORDS.exec(text);
  if (js) reasons.push(`type word “${js[0]}”`);
  const path = PATH.exec(text);
  if (path) reasons.push(`path “${path[0]}”`);
  const camel = CAMEL.exec(text);
  if (camel) reasons.push(`field name “${camel[0]}”`);
  if (/\bJSON\b/.test(text)) reasons.push('the word JSON');
  const english = text.split(/[^\p{L}\p{N}_]+/u).find((word) => englishNames.has(word));
  if (english) reasons.push(`English name “${english}”`);
  return reasons;
}
