/** What is known before reading an article: the catalogue and the world's countries, indexed by name. */
import { countries, firstNameGender, type Gender } from '../lexicon/lexicon.js';
import type { Catalogue, CatalogueStakeholder } from '../types.js';
import { slugify } from './slug.js';

export class Directory {
  readonly exact = new Map<string, CatalogueStakeholder>();
  readonly folded = new Map<string, CatalogueStakeholder>();
  readonly demonyms = new Map<string, string>();
  readonly bySlug = new Map<string, CatalogueStakeholder>();
  /** surnames of catalogue people, for "Mr. X" to find them */
  readonly surnames = new Map<string, CatalogueStakeholder[]>();

  constructor(catalogue: Catalogue) {
    for (const s of catalogue.stakeholders) this.add(s, [s.name, ...s.aliases]);
    for (const c of countries) {
      const slug = slugify(c.name);
      const entry = this.bySlug.get(slug) ?? { slug, name: c.name, kind: 'COUNTRY' as const, aliases: [] };
      this.add(entry, [c.name, ...(c.article ? [`the ${c.name}`] : []), ...c.capitals]);
      for (const d of c.demonyms) this.demonyms.set(d, slug);
    }
    for (const s of catalogue.stakeholders) {
      if (s.kind !== 'PERSON') continue;
      const surname = s.name.split(' ').pop();
      if (surname) this.surnames.set(surname, [...(this.surnames.get(surname) ?? []), s]);
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
    const hit = this.exact.get(text);
    if (hit) return hit;
    const t = text.replace(/^the\s+/i, '');
    return this.exact.get(t) ?? this.folded.get(text.toLowerCase()) ?? this.folded.get(t.toLowerCase()) ?? null;
  }

  known = (text: string): boolean => this.exact.has(text);

  /** Country slug named by a demonym, country name or capital inside a phrase. */
  countryIn(phrase: string): string | null {
    const words = phrase.split(/[\s,]+/);
    for (const w of words) {
      const d = this.demonyms.get(w.replace(/['’]s$/, ''));
      if (d) return d;
    }
    for (let n = 3; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const hit = this.exact.get(words.slice(i, i + n).join(' ').replace(/['’]s$/, ''));
        if (hit?.kind === 'COUNTRY') return hit.slug;
      }
    }
    return null;
  }
}

/** The gender a person's first name suggests, if the lexicon knows it. */
export function firstNameHint(name: string): Gender | null {
  const words = name.split(' ');
  if (words.length < 2) return null;
  return firstNameGender.get(words[0] ?? '') ?? null;
}
