/**
 * Mention → stakeholder. Names go to the article's people first (surnames, honorifics, first
 * names), then to the catalogue; pronouns and definite roles go to the latest speaker that
 * agrees in gender and number (he/she → a person, it → an organisation or country, they → a
 * group or organisation), which is how news text chains attributions.
 */
import { agencyHeads, documentHeads, groupNames, honorifics, pronounInfo } from '../lexicon/lexicon.js';
import type { Mention } from '../stages.js';
import type { StakeholderKind } from '../types.js';
import { compatible, type Entity, type Registry } from './registry.js';

const orgRoles = new Set(['campaign', 'committee', 'department', 'agency', 'administration', 'government', 'company', 'group', 'organization', 'organisation', 'party', 'ministry', 'office', 'court', 'council', 'commission', 'network', 'paper', 'newspaper']);

export class Resolver {
  /** entities attributed a statement through a name, latest last: what pronouns and roles refer back to */
  private readonly speakers: Entity[] = [];
  private readonly recent: Entity[] = [];
  private readonly acronyms = new Map<string, Entity>();

  constructor(private readonly registry: Registry) {}

  /** The entity a mention refers to, or null (pronouns without antecedent, indefinite roles). */
  resolve(m: Mention): Entity | null {
    const e = this.entityFor(m);
    if (e) {
      this.registry.note(e, m, m.type === 'PRONOUN' ? '' : m.type === 'NAME' || m.type === 'ORG' ? m.name : '');
      if (m.type === 'NAME' || m.type === 'ORG' || (m.type === 'GROUP' && m.plural)) this.recent.push(e);
    }
    return e;
  }

  /** Record that `e` spoke, so later pronouns and roles can refer back to it. */
  spoke(e: Entity, named: boolean): void {
    e.strong = true;
    if (named || this.speakers[this.speakers.length - 1] !== e) this.speakers.push(e);
  }

  private entityFor(m: Mention): Entity | null {
    switch (m.type) {
      case 'NAME':
        return this.name(m);
      case 'ORG':
        return this.organisation(m);
      case 'PRONOUN':
        return m.name === 'who' ? null : this.antecedent(m);
      case 'ROLE':
        return m.indefinite && !m.owner ? null : this.role(m);
      case 'GROUP':
        return this.group(m);
    }
  }

  private name(m: Mention): Entity | null {
    const dir = this.registry.directory;
    const acronym = this.acronyms.get(m.name);
    if (acronym) return acronym;
    const person = this.registry.personNamed(m.name, m.gender);
    if (person) return this.titled(this.longer(person, m.name), m);
    const cat = dir.lookup(m.name);
    if (cat && (cat.kind !== 'PERSON' || compatible(this.registry.fromCatalogue(cat).gender, m.gender))) return this.titled(this.registry.fromCatalogue(cat), m);
    const words = m.name.split(' ');
    if (words.length > 5) return null;
    // "the Turkish statement said": a demonym alone stands for its country, never for a person
    const country = words.length === 1 && !m.title ? dir.bySlug.get(dir.demonyms.get(m.name) ?? '') : undefined;
    if (country) return this.registry.fromCatalogue(country);
    // "Iranians", "Muslim-Americans", "Democrats": a capitalised plural names a group, not a person
    if (words.length === 1 && !m.title && groupNames.has(m.name.split('-').pop() ?? '')) return this.group({ ...m, type: 'GROUP', name: m.name.toLowerCase() });
    const honorificOnly = m.title !== null && words.length === 1 && m.title.split(' ').every((w) => honorifics.has(w));
    const e = this.registry.create(honorificOnly ? `${m.title} ${m.name}` : m.name, 'PERSON', m.gender);
    if (m.title) e.strong = true;
    return this.titled(e, m);
  }

  private longer(e: Entity, name: string): Entity {
    if (!e.known && name.length > e.name.length && name.toLowerCase().endsWith(e.name.toLowerCase().replace(/^(?:mr|mrs|ms|miss|dr)\.? /, ''))) e.name = name;
    return e;
  }

  private titled(e: Entity, m: Mention): Entity {
    if (m.gender && !e.gender) e.gender = m.gender;
    const office = m.title ? officeOf(m.title) : null;
    if (office) e.role ??= office;
    if (m.title && !honorifics.has(m.title)) {
      e.strong = true;
      e.role ??= m.title;
      e.parent ??= this.registry.directory.countryIn(m.title) ?? this.registry.directory.lookup(m.title)?.slug ?? null;
    }
    return e;
  }

  private organisation(m: Mention): Entity | null {
    const cat = this.registry.directory.lookup(m.name);
    if (cat) return this.registry.fromCatalogue(cat);
    const e = this.registry.create(m.name.replace(/^the\s+/i, ''), 'ORGANIZATION', 'n');
    if (m.owner && !e.parent) {
      const owner = this.registry.personNamed(m.owner, null) ?? this.catalogued(m.owner);
      e.parent = owner ? owner.slug : null;
    }
    e.parent ??= this.registry.directory.countryIn(m.name);
    return e;
  }

  private catalogued(name: string): Entity | null {
    const cat = this.registry.directory.lookup(name);
    return cat ? this.registry.fromCatalogue(cat) : null;
  }

  /** The latest speaker that agrees with the pronoun, else the latest agreeing name. */
  private antecedent(m: Mention): Entity | null {
    const p = pronounInfo.get(m.name);
    if (!p || p.person !== 3) return null;
    const fits = (e: Entity): boolean => agrees(e, m.name);
    const e = findLast(this.speakers, fits, 12) ?? findLast(this.recent, fits, 12);
    if (e && e.kind === 'PERSON' && !e.gender && (p.gender === 'm' || p.gender === 'f')) e.gender = p.gender;
    return e;
  }

  /** "the senator" → the latest speaker with that role; "the campaign" → the latest campaign. */
  private role(m: Mention): Entity | null {
    const head = m.name;
    // "Trump's spokeswoman", "Clinton's statement": the owner speaks through them.
    if (m.owner) return m.indefinite || agencyHeads.has(head) || documentHeads.has(head) ? this.name({ ...m, type: 'NAME', name: m.owner, title: null, gender: null }) : null;
    // "the report said": a text speaks for whoever was last quoted.
    if (documentHeads.has(head)) return findLast(this.speakers, () => true, 1);
    if (orgRoles.has(head)) {
      return findLast(this.recent, (e) => e.kind === 'ORGANIZATION' && e.name.toLowerCase().includes(head), 30) ?? findLast(this.speakers, (e) => e.kind !== 'PERSON', 12);
    }
    const fits = (e: Entity): boolean => e.kind === 'PERSON' && compatible(e.gender, m.gender);
    // "the Ukrainian leader", "the future tenant of the White House": the person whose country or body it names
    const body = this.affiliation(m);
    const byBody = body ? (findLast(this.speakers, (e) => fits(e) && e.parent === body, 12) ?? findLast(this.recent, (e) => fits(e) && e.parent === body, 20)) : null;
    if (byBody) return byBody;
    const byRole = findLast(this.speakers, (e) => fits(e) && (e.role ?? '').toLowerCase().includes(head), 12) ?? findLast(this.recent, (e) => fits(e) && (e.role ?? '').toLowerCase().includes(head), 20);
    return byRole ?? findLast(this.speakers, fits, 12) ?? findLast(this.recent, fits, 6);
  }

  /** The country or catalogued body a role description names: its "of" phrase, else a demonym among its modifiers. */
  private affiliation(m: Mention): string | null {
    const dir = this.registry.directory;
    if (m.of) return dir.countryIn(m.of) ?? dir.lookup(m.of)?.slug ?? null;
    return m.title ? dir.countryIn(m.title) : null;
  }

  private group(m: Mention): Entity | null {
    const label = m.text.replace(/^(?:the|some|many|several|most|other|all)\s+/i, '');
    const e = this.registry.create(label, 'GROUP', null);
    e.head = m.name;
    e.parent ??= this.registry.directory.countryIn(label);
    return e;
  }
}

/** Whether a pronoun can refer to the entity (he/she → a person of that gender, it → a body, they → a group or body). */
export function agrees(e: Entity, pronoun: string): boolean {
  const kinds: StakeholderKind[] = pronoun === 'he' || pronoun === 'she' ? ['PERSON'] : pronoun === 'it' ? ['ORGANIZATION', 'COUNTRY'] : ['GROUP', 'ORGANIZATION', 'COUNTRY'];
  if (!kinds.includes(e.kind)) return false;
  if (pronoun === 'he') return compatible(e.gender, 'm');
  if (pronoun === 'she') return compatible(e.gender, 'f');
  return true;
}

const offices: Record<string, string> = { 'Sen.': 'senator', 'Rep.': 'congressman', 'Gov.': 'governor', 'Gen.': 'general', 'Pres.': 'president', 'Lt.': 'lieutenant', 'Col.': 'colonel', 'Adm.': 'admiral', 'Sec.': 'secretary', 'Amb.': 'ambassador' };

/** "Sen." → senator: abbreviated offices say which role descriptions ("the senator") fit. */
function officeOf(title: string): string | null {
  for (const w of title.split(' ')) {
    const o = offices[w];
    if (o) return o;
  }
  return null;
}

function findLast(list: Entity[], ok: (e: Entity) => boolean, window: number): Entity | null {
  const seen = new Set<Entity>();
  for (let i = list.length - 1; i >= 0 && seen.size < window; i--) {
    const e = list[i];
    if (!e || seen.has(e)) continue;
    seen.add(e);
    if (ok(e)) return e;
  }
  return null;
}
