// Date expressions as news sites write them, turned into ISO 8601: a calendar day alone, or a
// date-time with its UTC offset when both a time and a zone (abbreviation, offset or the outlet's
// home zone) are known. A time without any zone stays a plain day: a guessed offset is a wrong fact.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME = '(?:(?:at|,|-|–|—|\\||@)?\\s*(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?(?:\\s*([A-Z]{2,4}|[+-]\\d{2}:?\\d{2}|Z|UTC[+-]\\d{1,2}))?)?';

export interface DateHit {
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM`. */
  iso: string;
  index: number;
  length: number;
}

export interface ZoneTable {
  /** Abbreviation -> fixed offset (`-05:00`) or IANA zone (`America/New_York`). */
  [abbr: string]: string;
}

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => { y: number; mo: number; d: number; t: number } }[] = [
  // 2025-12-23, 2025-12-23T19:05:00-05:00, 2025/12/23
  { re: new RegExp(`\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?`, 'giu'), parts: (m) => ({ y: +m[1], mo: +m[2], d: +m[3], t: 4 }) },
  // December 23, 2025 7:05pm EST ; Dec. 23 2025
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b${TIME}`, 'giu'), parts: (m) => ({ y: +m[3], mo: MONTHS[m[1].toLowerCase().replace('.', '')], d: +m[2], t: 4 }) },
  // 24 December 2025
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b${TIME}`, 'giu'), parts: (m) => ({ y: +m[3], mo: MONTHS[m[2].toLowerCase().replace('.', '')], d: +m[1], t: 4 }) },
  // 12/22/23 11:35 AM ET (US order)
  { re: new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})\\b${TIME}`, 'giu'), parts: (m) => ({ y: m[3].length === 2 ? 2000 + +m[3] : +m[3], mo: +m[1], d: +m[2], t: 4 }) },
];

/** Every date expression in `text`, in order of position. */
export function findDates(text: string, zones: ZoneTable, homeZone?: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const p = parts(m);
      if (!valid(p.y, p.mo, p.d)) continue;
      if (hits.some((h) => m!.index < h.index + h.length && h.index < m!.index + m![0].length)) continue;
      hits.push({ iso: withTime(p.y, p.mo, p.d, m, p.t, zones, homeZone), index: m.index, length: m[0].length });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

function valid(y: number, mo: number, d: number): boolean {
  if (!(y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

function withTime(y: number, mo: number, d: number, m: RegExpExecArray, t: number, zones: ZoneTable, homeZone?: string): string {
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (m[t] === undefined) return day;
  let h = +m[t];
  const min = m[t + 1] !== undefined ? +m[t + 1] : NaN;
  const sec = m[t + 2] !== undefined ? +m[t + 2] : 0;
  const ampm = m[t + 3];
  const zone = m[t + 4];
  // A bare number after a date ("2025 7") is not a time: require minutes or am/pm.
  if (Number.isNaN(min) && !ampm) return day;
  if (ampm) {
    const pm = ampm[0].toLowerCase() === 'p';
    if (h < 1 || h > 12) return day;
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || (min || 0) > 59) return day;
  const local = `${day}T${pad(h)}:${pad(min || 0)}:${pad(sec)}`;
  const offset = zoneOffset(zone, zones, homeZone, local);
  return offset ? local + offset : day;
}

/** Resolves a zone written after a time (or the outlet's home zone) to an offset at that local time. */
export function zoneOffset(zone: string | undefined, zones: ZoneTable, homeZone: string | undefined, local: string): string | undefined {
  if (zone) {
    if (zone === 'Z') return '+00:00';
    const fixed = /^(?:UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
    if (fixed) return `${fixed[1]}${pad(+fixed[2])}:${fixed[3] ?? '00'}`;
    const mapped = zones[zone.toUpperCase()];
    if (mapped) return /^[+-]\d{2}:\d{2}$/.test(mapped) ? mapped : ianaOffset(mapped, local);
  }
  return homeZone ? ianaOffset(homeZone, local) : undefined;
}

/** Offset of an IANA zone at a wall-clock time, via Intl (handles daylight saving). */
export function ianaOffset(tz: string, local: string): string | undefined {
  try {
    const guess = Date.parse(local + 'Z');
    const fmt = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
    // Two passes: the offset at the UTC instant, then at the instant that offset implies.
    let off = parseGmt(fmt.formatToParts(new Date(guess)).find((p) => p.type === 'timeZoneName')?.value);
    if (off === undefined) return undefined;
    off = parseGmt(fmt.formatToParts(new Date(guess - off * 60000)).find((p) => p.type === 'timeZoneName')?.value) ?? off;
    const sign = off < 0 ? '-' : '+';
    const a = Math.abs(off);
    return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
  } catch {
    return undefined;
  }
}
function parseGmt(s: string | undefined): number | undefined {
  if (!s) return undefined;
  if (s === 'GMT') return 0;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(s);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : undefined;
}
