/**
 * `saksi accounts …`: bootstrap the first admin and manage accounts from the
 * machine that holds the database (the operator acts as `cli` in the audit
 * trail). Passwords are read from standard input with --password-stdin, or
 * generated and printed once.
 */
import type { Command } from 'commander';
import { ROLE_IDS, ROLES, isRole, parseScope } from '../../core/auth/index.js';
import type { Role } from '../../core/auth/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import type { DemoAccountsReport } from '../../demo/accounts.js';
import {
  CLI,
  DEFAULT_AUTH_SETTINGS,
  argon2idHasher,
  createAccount,
  generatePassword,
  issuePasswordReset,
  updateAccount,
} from '../../services/accounts/index.js';
import type { AuthDeps } from '../../services/accounts/index.js';
import type { Account, Store } from '../../store/index.js';
import { action, print, storeOptions, withStore } from '../shared.js';
import type { StoreFlags } from '../shared.js';

interface CreateFlags extends StoreFlags {
  username: string;
  role?: string;
  scope?: string;
  pair?: string;
  relay?: boolean;
  displayName?: string;
  passwordStdin?: boolean;
  invite?: boolean;
}

export function accountsCommand(program: Command): void {
  const cmd = program.command('accounts').description('accounts, roles and region scopes');
  storeOptions(
    cmd
      .command('create-admin')
      .description('create an administrator (the first account); TOTP must be enrolled before it writes')
      .requiredOption('--username <name>', 'lower-case username')
      .option('--display-name <name>', 'name shown to people')
      .option(
        '--password-stdin',
        'read the password from standard input (else one is generated and printed)',
      ),
  ).action(action((flags: CreateFlags) => create({ ...flags, role: 'admin', scope: 'national' })));

  storeOptions(
    cmd
      .command('create')
      .description('create an account of any role, as the operator')
      .requiredOption('--username <name>', 'lower-case username')
      .requiredOption('--role <role>', ROLE_IDS.join(' | '))
      .requiredOption('--scope <code>', '"national" or a region/TPS code, either spelling')
      .option('--pair <id>', 'for a saksi: the candidate pair id')
      .option('--relay', 'grant the right to relay statements signed by others in the region')
      .option('--display-name <name>', 'name shown to people')
      .option('--password-stdin', 'read the password from standard input (else one is generated and printed)')
      .option('--invite', 'set no password: print a one-time token with which the owner sets one'),
  ).action(action(create));

  storeOptions(
    cmd
      .command('list')
      .description('list accounts')
      .option('--region <code>', 'only accounts scoped within this region'),
  ).action(
    action(async (flags: StoreFlags & { region?: string }) => {
      await withStore(flags, async (store) => {
        const region = flags.region === undefined ? undefined : parseScope(flags.region, 'region');
        const list = await store.auth.accounts.list({
          within: region === undefined || region === 'national' ? undefined : region,
          limit: 100_000,
        });
        for (const a of list) print(describe(a));
        print(`${list.length} account(s)`);
      });
    }),
  );

  for (const [name, description, changes] of [
    ['unlock', 'clear a lockout after failed sign-ins', { unlock: true }],
    ['reset-totp', 'forget the TOTP secret of a lost device (the owner enrols again)', { resetTotp: true }],
    ['disable', 'disable an account (ends its sessions and tokens)', { disabled: true }],
  ] as const) {
    storeOptions(
      cmd.command(name).description(description).requiredOption('--username <name>', 'the account'),
    ).action(
      action(async (flags: StoreFlags & { username: string }) => {
        await withStore(flags, async (store) => {
          const a = await byUsername(store, flags.username);
          print(describe(await updateAccount(cliDeps(store), CLI, a.id, changes)));
        });
      }),
    );
  }
}

async function create(flags: CreateFlags): Promise<void> {
  const role = flags.role ?? '';
  if (!isRole(role))
    throw new SaksiError(
      'ROLE_INVALID',
      msg(`Peran tidak dikenal: ${role}.`, `Unknown role: ${role}. Use ${ROLE_IDS.join(', ')}.`),
      {
        field: 'role',
      },
    );
  const given = flags.passwordStdin === true ? await readPasswordFromStdin() : null;
  const password = flags.invite === true ? null : (given ?? generatePassword());
  await withStore(flags, async (store) => {
    const deps = cliDeps(store);
    const account = await createAccount(deps, CLI, {
      username: flags.username,
      displayName: flags.displayName,
      role: role as Role,
      scope: parseScope(flags.scope ?? ''),
      pairId: flags.pair ?? null,
      permissions: flags.relay === true ? ['relay'] : [],
      password,
    });
    print(`created ${describe(account)}`);
    if (password !== null && given === null) print(`password (shown once): ${password}`);
    if (password === null) {
      const invite = await issuePasswordReset(deps, CLI, account.id);
      print(`invitation token (shown once, valid until ${invite.expiresAt}): ${invite.token}`);
      print('the owner sets a password with POST /api/auth/password-reset {"token", "newPassword"}');
    }
    if (ROLES[account.role].totpRequired)
      print('this role must enrol TOTP (POST /api/auth/totp/enrol, then /confirm) before it can write');
  });
}

export function cliDeps(store: Store): AuthDeps {
  return { store, hasher: argon2idHasher(), clock: () => new Date(), settings: DEFAULT_AUTH_SETTINGS };
}

export async function byUsername(store: Store, username: string): Promise<Account> {
  const a = await store.auth.accounts.byUsername(username.trim().toLowerCase());
  if (a === undefined)
    throw new SaksiError(
      'ACCOUNT_NOT_FOUND',
      msg(`Akun "${username}" tidak ada.`, `No account "${username}".`),
      {
        field: 'username',
      },
    );
  return a;
}

function describe(a: Account): string {
  const flags = [
    a.pairId === null ? '' : `pair=${a.pairId}`,
    a.permissions.length > 0 ? `rights=${a.permissions.join(',')}` : '',
    a.totpEnabled ? 'totp' : ROLES[a.role].totpRequired ? 'totp-required' : '',
    a.disabled ? 'disabled' : '',
    a.lockedUntil !== null ? `locked-until=${a.lockedUntil}` : '',
  ].filter((f) => f !== '');
  return `${a.username}\t${a.role}\t${a.scope}${flags.length > 0 ? `\t${flags.join(' ')}` : ''}`;
}

/** The first line of standard input (a password piped in, never echoed). */
async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (line.length === 0)
    throw new SaksiError(
      'PASSWORD_STDIN_EMPTY',
      msg('Tidak ada kata sandi di masukan standar.', 'No password on standard input.'),
    );
  return line;
}

/** Print the demo accounts once, when they were just created. */
export function printDemoAccounts(report: DemoAccountsReport): void {
  if (!report.created) {
    print(`saksi: demo accounts present; their passwords are in ${report.file}`);
    return;
  }
  print(`saksi: demo accounts created (passwords shown once, also in ${report.file}, mode 0600):`);
  for (const c of report.credentials)
    print(
      `  ${c.username.padEnd(18)} ${c.password}  ${c.role} ${c.scope}${c.pairId === null ? '' : ` pair ${c.pairId}`}${c.demoTotpExempt ? ' (TOTP-exempt in --demo only)' : ''}`,
    );
}
