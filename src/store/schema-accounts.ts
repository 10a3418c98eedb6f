/**
 * Tables of accounts, sessions, bearer tokens, password resets and the
 * hash-chained audit trail (migration 0002_accounts). Secrets are never
 * stored in the clear: sessions, tokens and reset tokens by SHA-256, passwords
 * by argon2id. Flags are 0/1 integers, times ISO-8601 UTC text.
 */
export interface AccountTable {
  /** Random UUID. */
  id: string;
  /** Lower-case, unique. */
  username: string;
  display_name: string;
  role: string;
  /** 'national' or a canonical region/TPS code. */
  scope: string;
  /** The candidate pair a saksi represents. */
  pair_id: string | null;
  /** Comma-separated permissions, e.g. 'relay'. */
  permissions: string;
  /** argon2id PHC string; null until a password is set. */
  password_hash: string | null;
  /** TOTP secret, base32; set at enrolment, live once totp_enabled = 1. */
  totp_secret: string | null;
  totp_enabled: number;
  /** The last TOTP time step accepted (replay protection). */
  totp_last_step: number | null;
  failed_logins: number;
  locked_until: string | null;
  disabled: number;
  /** A demo account exempt from the TOTP requirement on a server run with --demo only. */
  demo_exempt: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** SHA-256 (hex) of the cookie value. */
  id_hash: string;
  account_id: string;
  /** SHA-256 (hex) of the session's CSRF token. */
  csrf_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: string;
  /** SHA-256 (hex) of the bearer token. */
  token_hash: string;
  account_id: string;
  name: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface PasswordResetTable {
  /** SHA-256 (hex) of the one-time reset token. */
  token_hash: string;
  account_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditTable {
  /** 1, 2, 3, … assigned inside the appending transaction. */
  seq: number;
  at: string;
  /** 'http', 'cli' or 'system'. */
  channel: string;
  actor_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  ip: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  /** The region the write concerns (canonical code or 'national'), for scoped reading. */
  region: string | null;
  /** Canonical JSON of the state before and after, or null. */
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

export interface AccountsDatabase {
  account: AccountTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  password_reset: PasswordResetTable;
  audit: AuditTable;
}
