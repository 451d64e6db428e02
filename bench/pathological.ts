/**
 * Articles built to defeat an extractor: one huge paragraph of names, marks everywhere, thousands
 * of lines or clauses. Each stays under the 200 000-character body limit. Shared by the extraction
 * bench and the robustness tests.
 */
export const pathological: [name: string, body: string][] = [
  ['"Alpha Beta " × 18 090 (one name chunk of 36 000 words)', 'Alpha Beta '.repeat(18_090)],
  ['40 000 one-word quotations in one sentence', '"a" '.repeat(40_000)],
  ["30 000 ''NYT'' quotations", "''x'' ".repeat(30_000)],
  ['20 000 attribution sentences', 'He said. '.repeat(20_000)],
  ['9 000 titled names with cues', 'Mr. Smith Jones Said '.repeat(9_000)],
  ['40 000 single-newline lines', 'Word\n'.repeat(40_000)],
  ['8 000 appositions in one sentence', 'Smith, a, b, c, d said '.repeat(8_000)],
  ['one unclosed quotation of 190 000 characters', `“${'we will win and '.repeat(11_800)}`],
];
