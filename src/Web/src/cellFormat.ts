/** How the results grid shows, aligns and sorts a column, from the engine's type name. */
export type Kind = 'number' | 'date' | 'datetime' | 'boolean' | 'text' | 'json';

// PostgreSQL and DuckDB names (lower-cased, parameters such as DECIMAL(18,2) removed).
const NUMBER_TYPES = new Set([
  'int2', 'int4', 'int8', 'smallint', 'integer', 'int', 'bigint', 'float4', 'float8', 'real', 'double', 'double precision',
  'numeric', 'decimal', 'oid', 'serial', 'smallserial', 'bigserial',
  'tinyint', 'hugeint', 'utinyint', 'usmallint', 'uinteger', 'ubigint', 'uhugeint', 'float', 'int1', 'varint',
]);

export function kindOf(type: string): Kind {
  const t = type.trim().toLowerCase();
  // Arrays (int4[], _int4, INTEGER[]) and nested DuckDB types arrive as JSON values.
  if (t.endsWith(']') || t.startsWith('_') || /^(json|jsonb|struct|map|list|union|array)\b/.test(t)) return 'json';
  const base = t.replace(/\(.*?\)/g, '').replace(/\s+/g, ' ').trim();
  if (NUMBER_TYPES.has(base)) return 'number';
  if (base === 'date') return 'date';
  if (base.startsWith('timestamp') || base === 'datetime') return 'datetime';
  if (base === 'bool' || base === 'boolean') return 'boolean';
  return 'text';
}

/** The viewer's locales: what the browser is set to, so tests (jsdom: en-US) do not depend on the machine. */
const locales = (): readonly string[] | undefined => (typeof navigator !== 'undefined' && navigator.languages?.length ? navigator.languages : undefined);

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
// Building Intl formatters is slow next to using them; a page of 100 rows reuses a handful.
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

interface Options { locale?: string | readonly string[]; timeZone?: string }

const numberFormat = (locale: Options['locale']) =>
  cached(`n|${String(locale)}`, () => new Intl.NumberFormat(locale as string[] | undefined));

/** A count for prose ("10,000 rows"), in the viewer's locale. */
export const formatCount = (n: number, opts: Options = {}) => numberFormat(opts.locale ?? locales()).format(n);

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * A plain decimal string with locale separators. The integer part goes through BigInt and the fraction is
 * copied digit by digit, so int8/numeric values beyond 2^53 (sent as strings) keep every digit.
 */
function formatDecimal(sign: string, int: string, frac: string | undefined, locale: Options['locale']) {
  const nf = numberFormat(locale);
  const parts = nf.formatToParts(-1.5);
  const minus = parts.find((p) => p.type === 'minusSign')?.value ?? '-';
  const point = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const digit = (d: string) => nf.format(Number(d)); // the locale's digits (Arabic-Indic and so on)
  const body = nf.format(BigInt(int)) + (frac ? point + [...frac].map(digit).join('') : '');
  return (sign === '-' ? minus : '') + body;
}

function formatNumber(value: unknown, locale: Options['locale']): string | undefined {
  // String(n) is the shortest text that reads back as n, so a float shows all of its digits and no more.
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' || typeof value === 'bigint' ? String(value).trim() : undefined;
  if (text === undefined) return undefined;
  const m = DECIMAL.exec(text);
  if (m) return formatDecimal(m[1], m[2], m[3], locale);
  const n = Number(text); // 1e-7, 1.5E+30: scientific stays scientific
  if (text !== '' && Number.isFinite(n)) {
    return cached(`e|${String(locale)}`, () => new Intl.NumberFormat(locale as string[] | undefined, { notation: 'scientific', maximumFractionDigits: 16 })).format(n);
  }
  return undefined; // NaN, Infinity, or not a number: shown as sent
}

/** A parsed date/time: the instant in ms, and what the raw text said. */
interface When { ms: number; day: number; zoned: boolean; fraction: string }

// 2024-03-05, 2024-03-05T10:20:30.1234567Z, 2024-03-05 10:20:30+05:30, 2024-03-05 10:20:30+00 (DuckDB)
const WHEN = /^(\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseWhen(value: unknown): When | undefined {
  if (typeof value !== 'string') return undefined;
  const m = WHEN.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = m;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d)); // setUTCFullYear, unlike Date.UTC, keeps years 0–99
  const day = date.getTime(); // midnight UTC of the named day
  date.setUTCHours(Number(h), Number(mi), Number(s), Number(fraction.slice(0, 3).padEnd(3, '0')));
  let ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  if (zone && zone.toUpperCase() !== 'Z') {
    const [, sign, zh, zm = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    ms -= (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm)) * 60_000;
  }
  return { ms, day, zoned: zone !== undefined, fraction };
}

function formatWhen(value: unknown, kind: 'date' | 'datetime', { locale, timeZone }: Options): string | undefined {
  const when = parseWhen(value);
  if (!when) return undefined;
  const day = { year: 'numeric', month: 'short', day: 'numeric' } as const;
  if (kind === 'date') {
    // A date has no time zone: it is shown as the calendar day it names (read and written in UTC), never shifted.
    return cached(`d|${String(locale)}`, () => new Intl.DateTimeFormat(locale as string[] | undefined, { ...day, timeZone: 'UTC' })).format(when.day);
  }
  // An instant (Z or an offset) is shown in the viewer's zone; a timestamp without zone as the wall time it names.
  const zone = when.zoned ? timeZone : 'UTC';
  const ms = /[1-9]/.test(when.fraction.slice(0, 3)); // JavaScript has milliseconds: at most 3 of the 7 decimals
  return cached(`t|${String(locale)}|${zone}|${when.zoned}|${ms}`, () => new Intl.DateTimeFormat(locale as string[] | undefined, {
    ...day, hour: '2-digit', minute: '2-digit', second: '2-digit',
    ...(ms && { fractionalSecondDigits: 3 }),
    ...(when.zoned && { timeZoneName: 'short' }),
    timeZone: zone,
  })).format(when.ms);
}

const asText = (value: unknown) => (typeof value === 'object' ? JSON.stringify(value) : String(value));

/** What a non-null cell shows, and the raw value behind it when that differs. */
export function formatCell(value: unknown, kind: Kind, opts: Options = {}): { text: string; raw: string } {
  const o = { locale: opts.locale ?? locales(), timeZone: opts.timeZone };
  const raw = asText(value);
  const shown = kind === 'number' ? formatNumber(value, o.locale)
    : kind === 'date' || kind === 'datetime' ? formatWhen(value, kind, o)
    : undefined;
  return { text: shown ?? raw, raw };
}

/** -1, 0 or 1 for two decimal strings (sign, digits, optional fraction), exactly. */
function compareDecimals(a: RegExpExecArray, b: RegExpExecArray): number {
  const neg = (m: RegExpExecArray) => m[1] === '-' && /[1-9]/.test(m[2] + (m[3] ?? ''));
  if (neg(a) !== neg(b)) return neg(a) ? -1 : 1;
  const int = (m: RegExpExecArray) => m[2].replace(/^0+(?=\d)/, '');
  const [ia, ib] = [int(a), int(b)];
  const frac = Math.max(a[3]?.length ?? 0, b[3]?.length ?? 0);
  const [fa, fb] = [(a[3] ?? '').padEnd(frac, '0'), (b[3] ?? '').padEnd(frac, '0')];
  const abs = ia.length !== ib.length ? ia.length - ib.length : ia < ib ? -1 : ia > ib ? 1 : fa < fb ? -1 : fa > fb ? 1 : 0;
  return Math.sign(neg(a) ? -abs : abs);
}

function compareNumbers(a: unknown, b: unknown): number {
  const [na, nb] = [Number(a), Number(b)];
  // NaN (or text that is no number) sorts after every number, as PostgreSQL sorts NaN.
  if (Number.isNaN(na) || Number.isNaN(nb)) return Number.isNaN(na) === Number.isNaN(nb) ? compareText(a, b) : Number.isNaN(na) ? 1 : -1;
  if (na !== nb) return na < nb ? -1 : 1; // Number() keeps order, so a difference here is a real one
  // Equal as doubles: big ints or long decimals sent as strings may still differ in their last digits.
  const [da, db] = [DECIMAL.exec(String(a).trim()), DECIMAL.exec(String(b).trim())];
  return da && db ? compareDecimals(da, db) : 0;
}

function compareWhen(a: unknown, b: unknown): number {
  const [wa, wb] = [parseWhen(a), parseWhen(b)];
  if (!wa || !wb) return wa ? -1 : wb ? 1 : compareText(a, b); // unreadable values after dates
  if (wa.ms !== wb.ms) return wa.ms < wb.ms ? -1 : 1;
  const width = Math.max(wa.fraction.length, wb.fraction.length); // beyond-millisecond digits
  const [fa, fb] = [wa.fraction.padEnd(width, '0'), wb.fraction.padEnd(width, '0')];
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

const collator = new Intl.Collator(undefined, { numeric: true });
const compareText = (a: unknown, b: unknown) => collator.compare(asText(a), asText(b));

const booleanRank = (v: unknown) => (v === true || v === 'true' || v === 't' ? 1 : v === false || v === 'false' || v === 'f' ? 0 : 2);

/** Ascending order of two non-null values of a column of the given kind. */
export function compareCells(a: unknown, b: unknown, kind: Kind): number {
  switch (kind) {
    case 'number': return compareNumbers(a, b);
    case 'date':
    case 'datetime': return compareWhen(a, b);
    case 'boolean': return booleanRank(a) - booleanRank(b) || compareText(a, b);
    default: return compareText(a, b);
  }
}
