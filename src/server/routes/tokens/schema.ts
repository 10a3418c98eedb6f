import { z } from 'zod';

export const Token = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const NewTokenBody = z
  .object({
    name: z.string().min(1).max(100),
    expiresInDays: z.number().int().min(1).max(366).optional(),
  })
  .strict();

export const TokenParams = z.object({ id: z.string().min(1).max(64) }).strict();

export const TokenList = z.object({ data: z.array(Token) });
export const TokenCreated = z.object({
  data: Token.extend({ token: z.string().describe('Shown once: send as Authorization: Bearer …') }),
});
export const TokenResult = z.object({ data: Token });
