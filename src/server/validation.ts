/**
 * Route schemas are zod 4 schemas shared with the UI. Fastify validates with
 * them (every issue becomes a bilingual Problem naming its field) and the
 * OpenAPI document is generated from them.
 */
import type { FastifyInstance, FastifySchema } from 'fastify';
import { z } from 'zod';
import { SaksiError, msg, problem } from '../core/errors/index.js';
import type { Problem } from '../core/errors/index.js';

export function installZod(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const zschema = schema as unknown as z.ZodType;
    return (data: unknown) => {
      const r = zschema.safeParse(data, { reportInput: true });
      if (r.success) return { value: r.data };
      return { error: validationError(r.error, httpPart ?? 'input') };
    };
  });
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
}

export function validationError(error: z.ZodError, part: string): SaksiError {
  const problems = error.issues.map((i) => toProblem(i, part));
  const first = problems[0];
  return new SaksiError(
    first !== undefined && problems.length === 1 ? first.code : 'VALIDATION_FAILED',
    first !== undefined && problems.length === 1
      ? first.message
      : msg(
          `Masukan tidak sah (${problems.length} masalah).`,
          `Invalid input (${problems.length} problems).`,
        ),
    { field: first?.fields[0], problems },
  );
}

function toProblem(issue: z.core.$ZodIssue, part: string): Problem {
  const path = issue.path.length === 0 ? part : issue.path.map(String).join('.');
  const field = part === 'input' ? path : issue.path.length === 0 ? part : path;
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return problem(
      'FIELD_REQUIRED',
      [field],
      msg(`Isian "${field}" wajib diisi.`, `Field "${field}" is required.`),
    );
  }
  const byCode: Record<string, string> = {
    invalid_type: 'FIELD_TYPE',
    too_big: 'FIELD_RANGE',
    too_small: 'FIELD_RANGE',
    invalid_format: 'FIELD_FORMAT',
    unrecognized_keys: 'FIELD_UNKNOWN',
    invalid_value: 'FIELD_VALUE',
  };
  const code = byCode[issue.code] ?? 'FIELD_INVALID';
  return problem(
    code,
    [field],
    msg(`Isian "${field}" tidak sah: ${issue.message}.`, `Field "${field}" is not valid: ${issue.message}.`),
  );
}

/** Turn a route's zod schemas into JSON Schema for the OpenAPI document. */
export function toOpenApiSchema(schema: FastifySchema | undefined): Record<string, unknown> | undefined {
  if (schema === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'response' && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([status, s]) => [status, convert(s)]));
    } else {
      out[key] = convert(value);
    }
  }
  return out;
}

function convert(value: unknown): unknown {
  if (value instanceof z.ZodType)
    return z.toJSONSchema(value, { target: 'openapi-3.0', unrepresentable: 'any', io: 'input' });
  return value;
}
