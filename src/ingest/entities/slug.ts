/** The key of a stakeholder made from its name, everywhere: "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". */
export function slugify(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
