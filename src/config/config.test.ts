import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to SQLite in ./data on port 8080', () => {
    const c = loadConfig({}, {}, '/srv');
    expect(c.port).toBe(8080);
    expect(c.database).toEqual({ kind: 'sqlite', file: '/srv/data/saksi.db' });
    expect(c.logKeyFile).toBe('/srv/data/keys/log.key');
    expect(c.demo).toBe(false);
  });
  it('switches to PostgreSQL with one setting; flags win over env', () => {
    const c = loadConfig(
      { SAKSI_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/saksi', SAKSI_PORT: '9000' },
      { port: 9100 },
    );
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/saksi' });
    expect(c.port).toBe(9100);
  });
  it('lists every problem with its fix at once', () => {
    try {
      loadConfig({
        SAKSI_PORT: 'eighty',
        SAKSI_DATABASE_URL: 'mysql://x',
        SAKSI_LOG_LEVEL: 'loud',
        SAKSI_DEMO: 'maybe',
        SAKSI_LOG_ORIGIN: 'bad origin!',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems;
      expect(problems).toHaveLength(5);
      expect(problems.join('\n')).toMatch(/SAKSI_PORT.*whole number/);
      expect(problems.join('\n')).toMatch(/SAKSI_DATABASE_URL.*postgres:\/\//);
    }
  });

  it('takes the leader rule as percentages, refusing what is not one', () => {
    expect(loadConfig({}).leaderRule).toEqual({ minTpsPercent: 10, minChildrenPercent: 50 });
    expect(
      loadConfig({ SAKSI_LEADER_MIN_TPS_PERCENT: '2.5', SAKSI_LEADER_MIN_CHILDREN_PERCENT: '100' })
        .leaderRule,
    ).toEqual({ minTpsPercent: 2.5, minChildrenPercent: 100 });
    for (const bad of ['', 'ten', '-1', '101'])
      expect(() => loadConfig({ SAKSI_LEADER_MIN_TPS_PERCENT: bad }), bad).toThrow(
        /SAKSI_LEADER_MIN_TPS_PERCENT .* percentage from 0 to 100/,
      );
  });
});
