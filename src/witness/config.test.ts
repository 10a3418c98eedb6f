import { describe, expect, it } from 'vitest';
import { WITNESS_DEFAULT_HOST, WITNESS_DEFAULT_PORT, witnessConfig } from './config.js';
import { TestLog, crypto } from './testdata/log.js';
import { testWitnessKey } from './testdata/witness.js';

const log = new TestLog('log.test/pilkada', 1);

describe('witness config', () => {
  it('fills defaults and resolves paths against the working folder', () => {
    const config = witnessConfig(crypto, { key: 'w.key', logVkey: [log.vkey] }, '/srv/witness');
    expect(config).toMatchObject({
      port: WITNESS_DEFAULT_PORT,
      host: WITNESS_DEFAULT_HOST,
      keyFile: '/srv/witness/w.key',
      stateDir: '/srv/witness/witness-state',
    });
    expect(config.logs).toEqual([log.key]);
  });

  it('lists every problem at once', () => {
    const witnessVkey = testWitnessKey().vkey;
    let error: unknown;
    try {
      witnessConfig(
        crypto,
        { port: '70000', host: ' ', logVkey: ['nonsense', witnessVkey, log.vkey, log.vkey] },
        '/',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'WITNESS_CONFIG_INVALID' });
    const problems = (error as { problems: { code: string; fields: string[] }[] }).problems;
    expect(problems.map((p) => `${p.code} ${p.fields.join()}`)).toEqual([
      'WITNESS_CONFIG_PORT --port',
      'WITNESS_CONFIG_HOST --host',
      'WITNESS_CONFIG_KEY --key',
      'WITNESS_CONFIG_LOG_VKEY --log-vkey[0]',
      'WITNESS_CONFIG_LOG_VKEY --log-vkey[1]',
      'WITNESS_CONFIG_LOG_VKEY --log-vkey[3]',
    ]);
  });

  it('requires at least one log', () => {
    expect(() => witnessConfig(crypto, { key: 'k' }, '/')).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ code: 'WITNESS_CONFIG_LOG_MISSING' })],
      }),
    );
  });
});
