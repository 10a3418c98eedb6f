/**
 * Debian's nginx as a child process, serving a log directory the way
 * ARCHITECTURE.md describes the read path: `checkpoint` mutable (no-cache),
 * every tile immutable for a week, entry bundles gzipped on the fly.
 * Everything nginx writes (pid, logs, temp dirs) stays in its own temp prefix.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';

export const NGINX_BINARY = '/usr/sbin/nginx';

export interface Nginx {
  readonly base: string;
  stop(): Promise<void>;
}

/** The server block's read-path rules (what deploy/ should ship), for a log directory `root`. */
export function nginxConfig(prefix: string, root: string, port: number): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  types { }
  sendfile on;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location = /checkpoint {
      add_header Cache-Control "no-cache";
      default_type "text/plain; charset=utf-8";
    }
    location /tile/ {
      add_header Cache-Control "public, max-age=604800, immutable";
      default_type application/octet-stream;
      location /tile/entries/ {
        gzip on;
        gzip_types application/octet-stream;
        gzip_vary on;
      }
    }
    # unfinished writes of a crashed sequencer (DiskTileStorage's *.tmp-*) are not published
    location ~ \\.tmp- { return 404; }
    location / { return 404; }
  }
}
`;
}

/** Starts nginx on a free 127.0.0.1 port, serving `root`; resolves once it answers. */
export async function startNginx(root: string): Promise<Nginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'saksi-nginx-'));
  const port = await freePort();
  writeFileSync(join(prefix, 'nginx.conf'), nginxConfig(prefix, root, port));
  const proc = spawn(
    NGINX_BINARY,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(base, proc);
  } catch (e) {
    proc.kill('SIGKILL');
    const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start: ${(e as Error).message}\n${log}`);
  }
  return {
    base,
    async stop() {
      proc.kill('SIGQUIT'); // graceful shutdown
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

async function waitUntilServing(base: string, proc: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`exited with ${proc.exitCode}`);
    try {
      await fetch(`${base}/checkpoint`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  throw new Error('no answer within 5 s');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * A describe block that needs nginx: skipped with a printed reason when the
 * binary is missing, except under CI (`CI=true`), where that is a failure.
 */
export function describeWithNginx(name: string, fn: () => void): void {
  if (existsSync(NGINX_BINARY)) {
    describe(name, fn);
    return;
  }
  const reason = `${NGINX_BINARY} not found (Debian package nginx: apt-get install nginx)`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has nginx', () => {
        throw new Error(`${reason}; required under CI`);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${reason}`);
  describe.skip(`${name} (${reason})`, () => {
    it('needs nginx', () => undefined);
  });
}
