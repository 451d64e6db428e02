import type { Stance } from './gql/graphql.js';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '';
}

export function formatDate(when: string | number): string {
  return dateOnly.format(new Date(when));
}

/** Stances in the order charts list them, from agreement to rejection; colours are in style.css. */
export const stanceOrder: Stance[] = ['SUPPORTS', 'PROPOSES', 'CONDITIONAL', 'DEMANDS', 'DIVIDED', 'WARNS', 'CRITICIZES', 'OPPOSES', 'REJECTS'];

export const stanceLabel = (stance: Stance) => stance.charAt(0) + stance.slice(1).toLowerCase();
