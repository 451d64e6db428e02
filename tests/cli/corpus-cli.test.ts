import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../support/corpus.js';

const run = promisify(execFile);
/** The repository's tsx, the runner `npm run` uses; found from here since the CLIs run from another folder. */
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a CLI as `npm run` would (tsx), from a folder outside the repository, so no default can lean on the working directory. */
async function cli(script: string, args: string[]): Promise<Outcome> {
  const cwd = await mkdtemp(join(tmpdir(), 'parley-cwd-'));
  const file = fileURLToPath(new URL(`../../${script}`, import.meta.url));
  return run(tsx, [file, ...args], { cwd, env: { ...process.env, DATABASE_URL: '' } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: Outcome) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** A corpus folder holding the sample article and a gold file written by `edit`. */
async function corpusWith(edit: (gold: Record<string, unknown>) => unknown): Promise<{ dir: string; goldFile: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-corpus-'));
  await copyFile(join(corpusDir, 'putin-trump-any-time.txt'), join(dir, 'putin-trump-any-time.txt'));
  const gold = JSON.parse(await readFile(join(corpusDir, 'putin-trump-any-time.gold.json'), 'utf8')) as Record<string, unknown>;
  const goldFile = join(dir, 'putin-trump-any-time.gold.json');
  await writeFile(goldFile, JSON.stringify(edit(gold)));
  return { dir, goldFile };
}

/** One line on stderr, exit status 1, no stack trace. */
function expectOneLineFailure(outcome: Outcome, message: RegExp): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stderr).toMatch(message);
  expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
}

describe('npm run eval', () => {
  it('scores the in-repository corpus when given no folder', async () => {
    const { code, stdout } = await cli('src/cli/eval.ts', []);
    expect(code).toBe(0);
    const names = stdout.split('\n').slice(1, -2).map((line) => line.split(' ')[0]);
    expect(names).toHaveLength(9);
    expect(names).toContain('putin-trump-any-time');
    expect(stdout).toMatch(/^OVERALL \(micro\)/m);
  });

  it('names a missing folder in one line', async () => {
    const missing = join(tmpdir(), 'parley-no-such-corpus');
    expectOneLineFailure(await cli('src/cli/eval.ts', [missing]), new RegExp(`^eval: ${missing}: no such folder\\n$`));
  });

  it('names the gold file and the field when positions have another shape (holder/target)', async () => {
    const { dir, goldFile } = await corpusWith((gold) => ({
      ...gold,
      positions: [{ holder: 'Russia', target: 'Peace talks', stance: 'CONDITIONAL' }],
    }));
    const outcome = await cli('src/cli/eval.ts', [dir]);
    expectOneLineFailure(outcome, new RegExp(`^eval: ${goldFile}: positions\\[0\\]\\.stakeholder: .*expected string`));
    expect(outcome.stdout).toBe('');
  });

  it('names a missing field and an unknown stance', async () => {
    const noStatements = await corpusWith(({ statements: _dropped, ...rest }) => rest);
    expectOneLineFailure(await cli('src/cli/eval.ts', [noStatements.dir]), new RegExp(`${noStatements.goldFile}: statements: .*expected array`));
    const badStance = await corpusWith((gold) => ({ ...gold, positions: [{ stakeholder: 'Russia', topic: 'Talks', stance: 'LIKES' }] }));
    expectOneLineFailure(await cli('src/cli/eval.ts', [badStance.dir]), new RegExp(`${badStance.goldFile}: positions\\[0\\]\\.stance: .*SUPPORTS`));
  });

  it('names the text file a gold file points at when it is missing', async () => {
    const { dir } = await corpusWith((gold) => ({ ...gold, file: 'elsewhere.txt' }));
    expectOneLineFailure(await cli('src/cli/eval.ts', [dir]), new RegExp(`${join(dir, 'elsewhere.txt')}: no such file \\(named by putin-trump-any-time\\.gold\\.json\\)`));
  });

  it('says when a folder holds no gold files', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'parley-empty-'));
    expectOneLineFailure(await cli('src/cli/eval.ts', [empty]), new RegExp(`^eval: ${empty}: no \\*\\.gold\\.json files\\n$`));
  });
});

describe('npm run bench:extract', () => {
  // The default run (20 passes × 3 rounds) takes ~5 s alone, several times that on a loaded machine.
  it('measures the in-repository corpus when given no folder', { timeout: 180_000 }, async () => {
    const { code, stdout } = await cli('bench/extract.ts', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ corpus\s+│\s+9 /);
  });

  it('names a missing folder, or one without articles, in one line', async () => {
    const missing = join(tmpdir(), 'parley-no-such-corpus');
    expectOneLineFailure(await cli('bench/extract.ts', [missing]), new RegExp(`^bench:extract: ${missing}: no such folder\\n$`));
    const empty = await mkdtemp(join(tmpdir(), 'parley-empty-'));
    await mkdir(join(empty, 'sub'));
    expectOneLineFailure(await cli('bench/extract.ts', [empty]), new RegExp(`^bench:extract: ${empty}: no \\*\\.txt files\\n$`));
  });
});
