import { describe, expect, it } from 'vitest';
import type { SaksiError } from '../errors/index.js';
import { nobleCrypto } from './crypto-noble.js';
import { formatPolicy, parsePolicy } from './policy.js';
import { testLogKey, testWitnessKey } from './testdata/keys.js';

const log = testLogKey('saksi.example/pilkada-2024', 1);
const root = testLogKey('kpu.example/root', 2);
const w = [1, 2, 3].map((i) => testWitnessKey(`witness${i}.example`, 30 + i));

function problemsOf(text: string): { code: string; fields: readonly string[] }[] {
  try {
    parsePolicy(nobleCrypto, text);
  } catch (e) {
    expect((e as SaksiError).code).toBe('LOG_POLICY_INVALID');
    return (e as SaksiError).problems.map((p) => ({ code: p.code, fields: p.fields }));
  }
  throw new Error('policy unexpectedly accepted');
}

describe('trust policy', () => {
  const text = [
    '# Saksi trust policy',
    `log ${log.vkey} https://log.saksi.example/`,
    `root ${root.vkey}`,
    '',
    `witness bawaslu ${w[0]!.vkey} https://witness.bawaslu.example/`,
    `witness ugm   ${w[1]!.vkey}   # a university`,
    `witness media ${w[2]!.vkey}`,
    'quorum 2',
  ].join('\n');

  it('parses keys, URLs, comments and the quorum', () => {
    const policy = parsePolicy(nobleCrypto, text);
    expect(policy.log.name).toBe(log.name);
    expect(policy.logUrl).toBe('https://log.saksi.example/');
    expect(policy.root?.name).toBe('kpu.example/root');
    expect(policy.witnesses.map((x) => x.name)).toEqual(['bawaslu', 'ugm', 'media']);
    expect(policy.witnesses[0]!.url).toBe('https://witness.bawaslu.example/');
    expect(policy.quorum).toBe(2);
  });

  it('round-trips through formatPolicy', () => {
    const policy = parsePolicy(nobleCrypto, text);
    expect(parsePolicy(nobleCrypto, formatPolicy(nobleCrypto, policy))).toEqual(policy);
  });

  it('reports every problem with its line number', () => {
    const bad = [
      `log ${log.vkey}`,
      `witness bawaslu ${w[0]!.vkey}`,
      `witness bawaslu ${w[1]!.vkey}`,
      `witness ugm ${w[0]!.vkey}`,
      `witness media ${log.vkey}`,
      'witness broken not-a-vkey',
      'group all bawaslu ugm',
      `root ${w[2]!.vkey}`,
      'quorum 5',
    ].join('\n');
    expect(problemsOf(bad)).toEqual([
      { code: 'LOG_POLICY_DUPLICATE', fields: ['line 3'] },
      { code: 'LOG_POLICY_DUPLICATE', fields: ['line 4'] },
      { code: 'LOG_POLICY_KEY_INVALID', fields: ['line 5'] },
      { code: 'LOG_POLICY_KEY_INVALID', fields: ['line 6'] },
      { code: 'LOG_POLICY_LINE_INVALID', fields: ['line 7'] },
      { code: 'LOG_POLICY_KEY_INVALID', fields: ['line 8'] },
      { code: 'LOG_POLICY_QUORUM_INVALID', fields: ['line 9'] },
    ]);
  });

  it('requires exactly one log and one quorum line', () => {
    expect(problemsOf(`witness a ${w[0]!.vkey}\nquorum 1`)).toEqual([
      { code: 'LOG_POLICY_MISSING', fields: ['policy'] },
    ]);
    expect(problemsOf(`log ${log.vkey}\nlog ${log.vkey}\nquorum 0`)).toEqual([
      { code: 'LOG_POLICY_MISSING', fields: ['policy'] },
    ]);
    expect(problemsOf(`log ${log.vkey}\nquorum -1`)).toEqual([
      { code: 'LOG_POLICY_QUORUM_INVALID', fields: ['line 2'] },
    ]);
  });

  it('accepts a policy without witnesses and quorum 0', () => {
    expect(parsePolicy(nobleCrypto, `log ${log.vkey}\nquorum 0\n`).witnesses).toEqual([]);
  });

  it('gives a bilingual message naming the line', () => {
    try {
      parsePolicy(nobleCrypto, `log ${log.vkey}\nquorum 0\nbogus`);
    } catch (e) {
      expect((e as SaksiError).text('en')).toContain('line 3');
      expect((e as SaksiError).text('id')).toContain('baris 3');
    }
    expect.assertions(2);
  });
});
