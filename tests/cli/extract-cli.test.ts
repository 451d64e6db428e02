import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const extract = (file: string) => run(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', file], { env: { ...process.env, DATABASE_URL: '' } });

describe('npm run extract', () => {
  it('prints the extraction contract as JSON, with canonical names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-'));
    const file = join(dir, 'article.txt');
    const body = 'Russian President Vladimir Putin said: “We are ready to talk at any time.”';
    await writeFile(file, `Kremlin ready\n\n${body}\n`);
    const quote = 'We are ready to talk at any time.';
    const { stdout } = await extract(file);
    const output = JSON.parse(stdout) as { statements: Record<string, unknown>[]; stakeholders: Record<string, unknown>[]; positions: unknown[] };
    expect(Object.keys(output)).toEqual(['version', 'statements', 'stakeholders', 'positions']);
    expect(output.statements).toEqual([
      // Offsets index the body: the text after the headline and its blank line.
      { speaker: 'Vladimir Putin', quote, kind: 'DIRECT', start: body.indexOf(quote), end: body.indexOf(quote) + quote.length, confidence: expect.any(Number), basis: 'cue-before', cue: 'said' },
    ]);
    expect(output.stakeholders).toContainEqual(expect.objectContaining({ name: 'Vladimir Putin', kind: 'PERSON' }));
  });

  it('exits with 2 and a readable message for a missing file', async () => {
    const failure = await extract('/no/such/article.txt').then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/cannot read \/no\/such\/article\.txt/);
  });
});

describe('npm run extract --out', () => {
  it('writes DIR/<name>.json for each file, the same JSON as the single-file form', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-'));
    const files = ['one', 'two'].map((n) => join(dir, `${n}.txt`));
    await writeFile(files[0] ?? '', 'One\n\n“We will win,” said Jane Pell.\n');
    await writeFile(files[1] ?? '', 'Two\n\nTom Reyes said the plant would close next year.\n');
    const out = join(dir, 'out');
    await run(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', '--out', out, ...files], { env: { ...process.env, DATABASE_URL: '' } });
    for (const f of files) {
      const single = JSON.parse((await extract(f)).stdout) as unknown;
      const batch = JSON.parse(await readFile(join(out, `${f.slice(dir.length + 1, -4)}.json`), 'utf8')) as unknown;
      expect(batch).toEqual(single);
    }
  });
});
