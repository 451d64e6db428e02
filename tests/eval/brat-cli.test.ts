import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Ann, removeFixtures, writeBratFolder } from './brat-fixture.js';

afterAll(removeFixtures);

const run = promisify(execFile);
const evaluate = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', ...args], { env: { ...process.env, DATABASE_URL: '' } });
const failure = (...args: string[]) =>
  evaluate(...args).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );

const text = 'Council votes on the budget\n\n“We will balance the budget this year,” Mayor Ann Lee said on Monday.\n\nThe council is expected to vote on Friday, she said.\n';
const ann = new Ann(text)
  .event({ source: 'Mayor Ann Lee', cue: ['said', 0], content: 'We will balance the budget this year,' })
  .event({ source: 'she', cue: ['said', 1], content: 'The council is expected to vote on Friday' })
  .toString();

describe('npm run eval -- --format brat', () => {
  it('prints a line per article with the gold counts, then the scorer’s summary line', async () => {
    const dir = await writeBratFolder([{ name: 'council', text, anns: { a1: ann } }]);
    const out = join(dir, '..', 'results.json');
    const { stdout, stderr } = await evaluate('--format', 'brat', dir, '--label', 'brat-test', '--out', out);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^article\s+dq_gold\s+dq_pred\s+dq_tp\s+spk\s+sa_gold\s+sa_fnd\s+rep\s+rep_tp\s+dup$/);
    // one gold direct quote and two speech attributions, whatever the extractor finds
    expect(lines[1]).toMatch(/^council\s+1\s+\d+\s+\d+\s+\d+\/\d+\s+2\s+\d+\s+\d+\s+\d+\s+\d+$/);
    expect(lines[2]).toMatch(/^brat-test: DQ P \d+\.\d R \d+\.\d F1 \d+\.\d, speaker \S+ \(named \S+, pronoun \S+\), speech R \d+\.\d, reported P .+, dup \d+\.\d% over 1 articles$/);
    expect(stderr).toContain(`usually-lower-case words counted in ${dir}/text`);
    const json = JSON.parse(await readFile(out, 'utf8')) as { totals: { direct: { gold: number }; speech: { gold: number } } };
    expect(json.totals.direct.gold).toBe(1);
    expect(json.totals.speech.gold).toBe(2);
  });

  it('prints only the summary line with --quiet', async () => {
    const dir = await writeBratFolder([{ name: 'council', text, anns: { a1: ann } }], 'flat');
    const { stdout } = await evaluate('--format', 'brat', '--quiet', dir);
    expect(stdout.trim().split('\n')).toEqual([expect.stringMatching(/^brat-dev: DQ P .* over 1 articles$/)]);
  });

  it('exits with 2 and a readable message on bad usage', async () => {
    expect(await failure('--format', 'brat')).toMatchObject({ code: 2, stderr: expect.stringMatching(/expected exactly one brat folder/) });
    expect(await failure('--format', 'brat', '/no/such/folder')).toMatchObject({ code: 2, stderr: 'eval: /no/such/folder is not a folder\n' });
    expect(await failure('--format', 'xml', '.')).toMatchObject({ code: 2, stderr: 'eval: --format xml: expected corpus or brat\n' });
    expect(await failure('--format', 'brat', '.', '--input', 'lines')).toMatchObject({ code: 2, stderr: 'eval: --input lines: expected one of paragraphs, raw\n' });
    expect(await failure('--format', 'brat', '.', '--bogus')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^eval: Unknown option '--bogus'/) });
  });
});
