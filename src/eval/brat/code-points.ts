/**
 * brat offsets are Python code points; JavaScript strings index UTF-16 code units. The two differ
 * after every astral character (emoji, some CJK), so every offset crosses this module.
 */
export class CodePointText {
  /** one entry per code point: `chars[i]` is Python's `text[i]` */
  readonly chars: readonly string[];
  readonly #toUtf16: number[] | null;
  readonly #toCp: number[] | null;

  constructor(readonly text: string) {
    this.chars = [...text];
    if (this.chars.length === text.length) {
      this.#toUtf16 = null;
      this.#toCp = null;
      return;
    }
    const toUtf16: number[] = [];
    const toCp: number[] = [];
    let u = 0;
    this.chars.forEach((ch, i) => {
      toUtf16.push(u);
      // both halves of a surrogate pair map to the code point they belong to (score.py's utf16_to_cp)
      for (let k = 0; k < ch.length; k++) toCp.push(i);
      u += ch.length;
    });
    toUtf16.push(u);
    toCp.push(this.chars.length);
    this.#toUtf16 = toUtf16;
    this.#toCp = toCp;
  }

  /** number of code points (Python's `len(text)`) */
  get length(): number {
    return this.chars.length;
  }

  /** Python's `text[i]`, or '' out of range. */
  at(i: number): string {
    return this.chars[i] ?? '';
  }

  /** Python's `text[a:b]` (a, b clamped to the text). */
  slice(a: number, b: number = this.length): string {
    return this.text.slice(this.toUtf16(a), this.toUtf16(b));
  }

  /** code point offset to UTF-16 offset (clamped to the text) */
  toUtf16(cp: number): number {
    const i = Math.max(0, Math.min(cp, this.length));
    return this.#toUtf16 ? (this.#toUtf16[i] ?? this.text.length) : i;
  }

  /** UTF-16 offset to code point offset (clamped); an offset inside a surrogate pair maps to its code point */
  toCodePoint(u16: number): number {
    const i = Math.max(0, Math.min(u16, this.text.length));
    return this.#toCp ? (this.#toCp[i] ?? this.length) : i;
  }
}
