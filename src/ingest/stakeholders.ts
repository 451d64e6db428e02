/** The stakeholders of one article: catalogue entries, countries, and people or groups found in text. */
import { countries } from './gazetteer.js';
import type { Catalogue, CatalogueStakeholder, StakeholderKind } from './types.js';

export interface Entity {
  slug: string;
  name: string;
  kind: StakeholderKind;
  role: string | null;
  parent: string | null;
  aliases: Set<string>;
  known: boolean;
  /** evidence that this is a real stakeholder (title, catalogue, speaker); weak ones stay hidden */
  strong: boolean;
  head: string | null;
  modifiers: string[];
  mentions: { start: number; end: number }[];
  lastSeen: number;
}

/** The key of a stakeholder made from its name, everywhere: "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". */
export function slugify(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Alias index over the catalogue plus gazetteer countries; built once per catalogue. */
export class Directory {
  readonly exact = new Map<string, CatalogueStakeholder>();
  readonly folded = new Map<string, CatalogueStakeholder>();
  readonly demonyms = new Map<string, string>();
  readonly bySlug = new Map<string, CatalogueStakeholder>();

  constructor(catalogue: Catalogue) {
    for (const s of catalogue.stakeholders) this.add(s, [s.name, ...s.aliases]);
    for (const c of countries) {
      const slug = slugify(c.name);
      const entry = this.bySlug.get(slug) ?? { slug, name: c.name, kind: 'COUNTRY' as const, aliases: [] };
      this.add(entry, [c.name, ...(c.article ? [`the ${c.name}`] : []), ...c.capitals]);
      for (const d of c.demonyms) this.demonyms.set(d, slug);
    }
  }

  private add(s: CatalogueStakeholder, names: string[]): void {
    this.bySlug.set(s.slug, s);
    for (const n of names) {
      if (!this.exact.has(n)) this.exact.set(n, s);
      // Case-folded lookup only for longer aliases, so "us" never matches "US".
      if (n.length > 4 && !this.folded.has(n.toLowerCase())) this.folded.set(n.toLowerCase(), s);
    }
  }

  lookup(text: string): CatalogueStakeholder | null {
    // Most lookups hit (or miss) on the exact form: only then pay for stripping and folding.
    const hit = this.exact.get(text);
    if (hit) return hit;
    const t = text.replace(/^the\s+/i, '');
    return this.exact.get(t) ?? this.folded.get(text.toLowerCase()) ?? this.folded.get(t.toLowerCase()) ?? null;
  }

  /** Country slug named by a demonym, country name or capital inside a phrase. */
  countryIn(phrase: string): string | null {
    for (const w of phrase.split(/[\s,]+/)) {
      const d = this.demonyms.get(w.replace(/['’]s$/, ''));
      if (d) return d;
    }
    const direct = this.lookup(phrase);
    if (direct?.kind === 'COUNTRY') return direct.slug;
    for (let n = 3; n >= 1; n--) {
      const words = phrase.split(/\s+/);
      for (let i = 0; i + n <= words.length; i++) {
        const hit = this.exact.get(words.slice(i, i + n).join(' ').replace(/['’]s$/, ''));
        if (hit?.kind === 'COUNTRY') return hit.slug;
        if (hit?.parent && n > 1) return hit.parent;
      }
    }
    return null;
  }
}

/** Entities of one article, in the order they were met. */
export class Registry {
  readonly entities = new Map<string, Entity>();
  /** slugify normalises and runs four regexes; groups and roles ask for the same names again and again */
  private readonly slugs = new Map<string, string>();

  constructor(readonly directory: Directory) {}

  fromCatalogue(s: CatalogueStakeholder): Entity {
    return this.ensure(s.slug, () => ({
      ...base(s.slug, s.name, s.kind),
      role: s.role ?? null,
      parent: s.parent ?? null,
      aliases: new Set(s.aliases),
      known: true,
      strong: true,
    }));
  }

  create(name: string, kind: StakeholderKind, strong: boolean): Entity {
    let slug = this.slugs.get(name);
    if (slug === undefined) {
      slug = slugify(name);
      this.slugs.set(name, slug);
    }
    const made = slug;
    return this.ensure(made || 'unknown', () => ({ ...base(made, name, kind), strong }));
  }

  private ensure(slug: string, make: () => Entity): Entity {
    const found = this.entities.get(slug);
    if (found) return found;
    const e = make();
    this.entities.set(slug, e);
    return e;
  }

  /** A person of this article whose full name ends with, or equals, `name`. */
  personNamed(name: string): Entity | null {
    let best: Entity | null = null;
    const n = name.toLowerCase();
    for (const e of this.entities.values()) {
      if (e.kind !== 'PERSON') continue;
      const full = e.name.toLowerCase();
      if (full === n || full.endsWith(` ${n}`) || n.endsWith(` ${full}`) || e.aliases.has(name)) {
        if (!best || e.lastSeen > best.lastSeen) best = e;
      }
    }
    return best;
  }

  note(e: Entity, start: number, end: number, surface: string): void {
    e.mentions.push({ start, end });
    e.lastSeen = start;
    if (surface && surface !== e.name) e.aliases.add(surface);
  }
}

function base(slug: string, name: string, kind: StakeholderKind): Entity {
  return { slug, name, kind, role: null, parent: null, aliases: new Set(), known: false, strong: false, head: null, modifiers: [], mentions: [], lastSeen: -1 };
}
