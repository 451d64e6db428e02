/**
 * Which statements postgres.js runs as named prepared statements. Drizzle asks for prepared
 * statements only through `.prepare(name)`; everything else goes out unnamed, and postgres.js then
 * describes each parameterised statement first (Parse/Describe/Sync, then Bind/Execute/Sync: two
 * round trips) and Postgres plans it every time. A named statement is described and planned once
 * per connection and then runs in one round trip.
 *
 * postgres.js keeps a connection's prepared statements until the connection closes, and each
 * costs memory in its backend. Drizzle builds the text from the selection, so the number of
 * texts grows with the shapes clients ask for: only reads are prepared, and at most `limit`
 * distinct texts per process. Past it, new texts run unnamed as before.
 */
export class PreparedReads {
  private readonly texts = new Set<string>();

  constructor(private readonly limit: number) {}

  /** Whether `text` may run as a named prepared statement. */
  admits(text: string): boolean {
    if (this.texts.has(text)) return true;
    if (this.texts.size >= this.limit || !isRead(text)) return false;
    this.texts.add(text);
    return true;
  }

  get size(): number {
    return this.texts.size;
  }
}

/** A plain read: writes, DDL and session commands are left as they were. */
const read = /^\s*\(?\s*(?:select|with)\b/i;
const isRead = (text: string): boolean => read.test(text.slice(0, 40));
