/** The end-of-run summary of a simulation, as lines for a terminal. */
import { fmt } from './progress.js';
import type { PhaseFigures, SimulationSummary } from './simulate.js';

export function formatSummary(s: SimulationSummary): string[] {
  const lines = [
    `scope ${s.scope} via ${s.via} on ${s.database}: ${fmt(s.registry.simulated)} of ${fmt(s.registry.tps)} TPS, ${s.contests} contest(s), ${fmt(s.keys)} keys registered`,
    `setup     ${phaseLine(s.setup)}`,
    `signing   ${fmt(s.signing.entries)} forms in ${fmt(s.signing.seconds, 1)} s (${fmt(s.signing.perSecond)}/s, not part of ingest)`,
    `forms     ${phaseLine(s.forms)}`,
    `follow-up ${phaseLine(s.followUps)}`,
    `scenarios ${Object.entries(s.scenarios)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ')}`,
    `log       ${fmt(s.logSize)} entries, ${fmt(s.logBytes / 1e6, 1)} MB on disk (${fmt(s.logBytes / Math.max(1, s.logSize))} B/entry); peak RSS ${fmt(s.peakRssMb)} MB`,
  ];
  for (const c of s.tally) {
    const votes = Object.entries(c.reported.votes)
      .map(([id, v]) => `${id} ${fmt(v)}`)
      .join(' · ');
    lines.push(
      `${c.equal ? 'EQUAL   ' : 'DIFFERS '} ${c.contestId} in ${c.region}: ${fmt(c.reported.forms)} forms, ${votes}; valid ${fmt(c.reported.valid)}, invalid ${fmt(c.reported.invalid)}`,
    );
    if (!c.equal)
      lines.push(
        `         truth: ${JSON.stringify(c.truth)}`,
        `         system: ${JSON.stringify(c.reported)}`,
      );
  }
  for (const u of s.unexpected) lines.push(`unexpected: ${u}`);
  lines.push(
    s.ok
      ? 'OK: every tally equals the generated truth; only the deliberate errors were refused'
      : 'FAILED: see the lines above',
  );
  if (s.workDir !== null) lines.push(`data kept in ${s.workDir}`);
  if (s.serve !== null) lines.push(`serve it: ${s.serve}`);
  return lines;
}

function phaseLine(p: PhaseFigures): string {
  const refused = Object.entries(p.refused)
    .map(([code, n]) => `${code} ${fmt(n)}`)
    .join(', ');
  return `${fmt(p.entries)} entries in ${fmt(p.seconds, 2)} s = ${fmt(p.perSecond)}/s; accepted ${fmt(p.accepted)}${refused === '' ? '' : `, refused ${refused}`}`;
}
