import { z } from 'zod';

/**
 * Longest search text accepted by any filter. Full-text and LIKE matching cost grows with the
 * pattern: ten anonymous 900 KB searches once held every pooled connection for minutes.
 */
export const maxSearchChars = 200;

export const searchText = z.string().max(maxSearchChars, `must be at most ${maxSearchChars} characters`);

/** Longest ID, slug or cursor accepted anywhere; real ones are far shorter. */
export const maxRefChars = 200;
