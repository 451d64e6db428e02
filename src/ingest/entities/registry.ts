/** The stakeholders of one article: catalogue entries and the people, organisations and groups met in its text. */
import type { Gender } from '../lexicon/lexicon.js';
import type { Span } from '../stages.js';
import type { CatalogueStakeholder, StakeholderKind } from '../types.js';
import { firstNameHint, type Directory } from './directory.js';
import { slugify } from './slug.js';

export interface Entity {
  slug: string;
  name: string;
  kind: StakeholderKind;
  role: string | null;
  parent: string | null;
  aliases: Set<string>;
  /** from the catalogue */
  known: boolean;
  gender: Gender | null;
  /** seen with evidence that it is a real stakeholder (a title, a cue, the catalogue) */
  strong: boolean;
  mentions: Span[];
  lastSeen: number;
  /** GROUP: the head noun ("officials") */
  head: string | null;
}

export class Registry {
  readonly entities = new Map<string, Entity>();

  constructor(readonly directory: Directory) {}

  fromCatalogue(s: CatalogueStakeholder): Entity {
    return this.ensure(s.slug, () => ({
      ...blank(s.slug, s.name, s.kind),
      role: s.role ?? null,
      parent: s.parent ?? null,
      aliases: new Set(s.aliases),
      known: true,
      strong: true,
      gender: s.kind === 'PERSON' ? firstNameHint(s.name) : s.kind === 'GROUP' ? null : 'n',
    }));
  }

  create(name: string, kind: StakeholderKind, gender: Gender | null): Entity {
    const base = slugify(name) || 'unknown';
    // Two people with one name key (an honorific-only "Mrs. Trump" and a later full name) stay apart by gender.
    let slug = base;
    for (let n = 2; this.entities.get(slug) && !compatible(this.entities.get(slug)?.gender ?? null, gender); n++) slug = `${base}-${n}`;
    return this.ensure(slug, () => ({ ...blank(slug, name, kind), gender: gender ?? (kind === 'PERSON' ? firstNameHint(name) : kind === 'GROUP' ? null : 'n') }));
  }

  private ensure(slug: string, make: () => Entity): Entity {
    const found = this.entities.get(slug);
    if (found) return found;
    const e = make();
    this.entities.set(slug, e);
    return e;
  }

  /**
   * A person of this article that `name` can refer to: the same name, a surname or a longer
   * form of it, with no conflict of gender or first name. The most recently seen one wins.
   */
  personNamed(name: string, gender: Gender | null): Entity | null {
    let best: Entity | null = null;
    const n = name.toLowerCase();
    for (const e of this.entities.values()) {
      if (e.kind !== 'PERSON' || !compatible(e.gender, gender)) continue;
      const full = e.name.toLowerCase();
      const same = full === n || full.endsWith(` ${n}`) || e.aliases.has(name) || (n.endsWith(` ${full}`) && firstNamesAgree(name, e.name));
      if (!same || !firstNamesAgree(name, e.name)) continue;
      if (!best || e.lastSeen > best.lastSeen) best = e;
    }
    return best;
  }

  note(e: Entity, at: Span, surface: string): void {
    e.mentions.push({ start: at.start, end: at.end });
    e.lastSeen = at.start;
    if (surface && surface !== e.name) e.aliases.add(surface);
  }
}

export function compatible(a: Gender | null, b: Gender | null): boolean {
  return a === null || b === null || a === b;
}

/** "Donald Trump" and "Melania Trump" are two people; "Trump" and "Donald J. Trump" may be one. */
function firstNamesAgree(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length < 2 || wb.length < 2) return true;
  const fa = wa[0] ?? '';
  const fb = wb[0] ?? '';
  return fa === fb || (fa.length <= 2 && fb.startsWith(fa.replace('.', ''))) || (fb.length <= 2 && fa.startsWith(fb.replace('.', '')));
}

function blank(slug: string, name: string, kind: StakeholderKind): Entity {
  return { slug, name, kind, role: null, parent: null, aliases: new Set(), known: false, gender: null, strong: false, mentions: [], lastSeen: -1, head: null };
}
