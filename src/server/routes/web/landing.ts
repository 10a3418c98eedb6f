/**
 * The plain text version (`/teks`, and `/` when the web UI is not built):
 * the elections and contests this server holds, with links to the API, no
 * script at all — for the oldest phones. Every value is escaped.
 */
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';

export async function landingPage(ctx: AppContext, reply: FastifyReply): Promise<string> {
  const elections = await ctx.store.elections.elections();
  const sections: string[] = [];
  for (const e of elections) {
    const contests = await ctx.store.elections.contests({ electionId: e.id });
    const items = contests
      .map(
        (c) =>
          `<li><a href="/api/contests/${esc(encodeURIComponent(c.id))}">${esc(c.name)}</a> <small>(${esc(c.region)})</small></li>`,
      )
      .join('');
    sections.push(`<h2>${esc(e.name)} — ${esc(e.votingDay)}</h2><ul>${items}</ul>`);
  }
  reply.header(
    'content-security-policy',
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  );
  reply.type('text/html; charset=utf-8');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Saksi</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><h1>Saksi</h1><p>Rekapitulasi Pilkada yang dapat diverifikasi · Verifiable Pilkada results.</p>
<p><a href="/api/docs">API (OpenAPI)</a> · <a href="/api/regions">/api/regions</a> · <a href="/api/elections">/api/elections</a></p>
${sections.join('\n') || '<p>Belum ada pemilihan. · No elections yet.</p>'}</body></html>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
