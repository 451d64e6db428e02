/**
 * Reader for brat standoff annotation files (https://brat.nlplab.org/standoff.html), as the
 * reference scorer reads them: T (text-bound) and E (event) lines; other lines are ignored.
 */

/** [start, end) in code points of the whole `.txt` */
export type Fragment = readonly [number, number];

export interface TextSpan {
  id: string;
  type: string;
  /** one fragment, or several for a discontinuous span (`12 20;31 40`) */
  fragments: Fragment[];
  /** the span text as written in the `.ann` (fragments joined by a space) */
  text: string;
}

export interface StandoffEvent {
  id: string;
  /** role name (`Attribution`, `Source`, `Cue`, `Content`, `Content2`, …) to the span ids in order */
  roles: Map<string, string[]>;
}

export interface Standoff {
  spans: Map<string, TextSpan>;
  events: StandoffEvent[];
}

/** An annotation or text file that cannot be scored as it is. */
export class BratFormatError extends Error {
  override name = 'BratFormatError';
}

const textBound = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/su;
const event = /^(E\d+)\t(.*)$/su;
const otherAnnotation = /^[#ARNM*]\d*\t/u;

function fragmentsOf(offsets: string, where: string): Fragment[] {
  return offsets.split(';').map((piece) => {
    const nums = piece.trim().split(/ +/).filter(Boolean).map(Number);
    const [a, b] = nums;
    if (nums.length !== 2 || a === undefined || b === undefined || b < a) {
      throw new BratFormatError(`${where}: fragment "${piece}" is not "START END"`);
    }
    return [a, b] as const;
  });
}

function rolesOf(args: string, where: string): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const arg of args.split(/\s+/).filter(Boolean)) {
    const colon = arg.indexOf(':');
    if (colon < 0) throw new BratFormatError(`${where}: event argument "${arg}" is not ROLE:ID`);
    const role = arg.slice(0, colon);
    roles.set(role, [...(roles.get(role) ?? []), arg.slice(colon + 1)]);
  }
  return roles;
}

/**
 * Parses one `.ann` file. A line that is none of T/E/#/A/R/N/M/* continues the text of the span
 * on the line before it: span texts that contain a newline are written over several lines.
 */
export function parseStandoff(ann: string, file = 'annotation'): Standoff {
  const spans = new Map<string, TextSpan>();
  const events: StandoffEvent[] = [];
  let last: TextSpan | null = null;
  ann.split(/\r\n?|\n/).forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const t = textBound.exec(line);
    if (t) {
      last = { id: t[1] ?? '', type: t[2] ?? '', fragments: fragmentsOf(t[3] ?? '', where), text: t[4] ?? '' };
      spans.set(last.id, last);
      return;
    }
    const e = event.exec(line);
    if (e) {
      events.push({ id: e[1] ?? '', roles: rolesOf(e[2] ?? '', where) });
      last = null;
      return;
    }
    if (otherAnnotation.test(line)) {
      last = null;
      return;
    }
    if (line && last) last.text += `\n${line}`;
  });
  return { spans, events };
}
