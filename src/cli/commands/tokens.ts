/** `saksi tokens …`: bearer tokens for the CLI and scripts (shown once, stored hashed, revocable). */
import type { Command } from 'commander';
import { CLI, createToken, revokeToken } from '../../services/accounts/index.js';
import { action, print, storeOptions, withStore } from '../shared.js';
import type { StoreFlags } from '../shared.js';
import { byUsername, cliDeps } from './accounts.js';

export function tokensCommand(program: Command): void {
  const cmd = program.command('tokens').description('bearer tokens for the API (Authorization: Bearer …)');
  storeOptions(
    cmd
      .command('create')
      .description('create a token for an account; printed once')
      .requiredOption('--username <name>', 'the account the token acts as')
      .option('--name <name>', 'what the token is for', 'cli')
      .option('--days <n>', 'expire after this many days (default: never)'),
  ).action(
    action(async (flags: StoreFlags & { username: string; name: string; days?: string }) => {
      await withStore(flags, async (store) => {
        const account = await byUsername(store, flags.username);
        const days = flags.days === undefined ? undefined : Number(flags.days);
        const { token, record } = await createToken(cliDeps(store), CLI, {
          accountId: account.id,
          name: flags.name,
          ...(days === undefined || !Number.isInteger(days) || days < 1 ? {} : { expiresInDays: days }),
        });
        print(
          `token ${record.id} for ${account.username}${record.expiresAt === null ? '' : `, expires ${record.expiresAt}`}`,
        );
        print(token);
      });
    }),
  );
  storeOptions(
    cmd.command('list').description("an account's tokens").requiredOption('--username <name>', 'the account'),
  ).action(
    action(async (flags: StoreFlags & { username: string }) => {
      await withStore(flags, async (store) => {
        const account = await byUsername(store, flags.username);
        for (const t of await store.auth.tokens.forAccount(account.id))
          print(
            `${t.id}\t${t.name}\tcreated ${t.createdAt}\t${t.revokedAt === null ? 'active' : `revoked ${t.revokedAt}`}`,
          );
      });
    }),
  );
  storeOptions(cmd.command('revoke <id>').description('revoke a token')).action(
    action(async (id: string, flags: StoreFlags) => {
      await withStore(flags, async (store) => {
        const t = await revokeToken(cliDeps(store), CLI, id);
        print(`revoked ${t.id} (${t.name})`);
      });
    }),
  );
}
