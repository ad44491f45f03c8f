/**
 * The valid case of a schema, read without zod's machinery: `readPlain(schema, value)` returns what
 * `schema.safeParse(value).data` returns when zod finds nothing wrong, and undefined when zod would raise any
 * issue (ask zod then: it says what and where). Most items of a feed are valid, and for them zod's
 * parse costs more than the rules it checks (a payload and a result per field): in Chromium at 4× CPU, three
 * quarters of the time the realistic feed's 3,000 projects took to check.
 *
 * It is built from the schema's own definition (objects, arrays, optionals, strings, numbers, booleans, enums,
 * literals, custom values) and runs the schema's own checks, in zod's order, so a rule lives only in
 * schema.ts. A schema with a kind it does not know (or coercion, defaults, a catch-all) has no plain reader:
 * `readPlain` returns undefined for every value, and the caller asks zod. test/node/plain-reader.test.ts compares both.
 */
import * as z from 'zod/mini';

const INVALID = Symbol('invalid');

type Read = (value: unknown) => unknown;

interface Payload {
  value: unknown;
  issues: unknown[];
}

/** The parts of zod's internals (`schema._zod`) the reader follows. */
interface Internals {
  def: {
    type: string;
    checks?: Schema[];
    shape?: Record<string, Schema>;
    element?: Schema;
    innerType?: Schema;
    catchall?: unknown;
    coerce?: boolean;
    when?: (payload: Payload) => boolean;
  };
  traits: Set<string>;
  values?: Set<unknown>;
  optin?: string;
  check?: (payload: Payload) => unknown;
}

type Schema = { _zod: Internals };

const readers = new WeakMap<object, Read | null>();

/**
 * `value` as `schema` reads it when it is valid; undefined when it is not (or when the schema has no plain
 * reader). For schemas whose valid value is never undefined (an item, an index head).
 */
export function readPlain<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const read = readerOf(schema as unknown as Schema);
  const data = read ? read(value) : INVALID;
  return data === INVALID ? undefined : (data as T);
}

function readerOf(schema: Schema): Read | null {
  let read = readers.get(schema);
  if (read === undefined) {
    read = build(schema);
    readers.set(schema, read);
  }
  return read;
}

/** What zod's objects take for one (not null, not an array). */
const isObject = z.core.util.isObject as (value: unknown) => value is Record<string, unknown>;

function build(schema: Schema): Read | null {
  const zod = schema._zod;
  const def = zod.def;
  if (def.coerce) return null;
  const type = typedReader(zod);
  if (!type) return null;
  // zod runs a schema's checks on the value its type produced; a custom value is itself its first check.
  const checks = [...(zod.traits.has('$ZodCheck') ? [schema] : []), ...(def.checks ?? [])];
  if (!checks.length) return type;
  const run = checks.map((check) => ({ check: check._zod.check!, when: check._zod.def.when }));
  // One payload per schema, its issues replaced only when a check has filled them: the checks run one after
  // another and keep nothing of it (a thousand items' fields would otherwise make two objects each).
  const payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    const typed = type(value);
    if (typed === INVALID) return INVALID;
    payload.value = typed;
    for (const { check, when } of run) {
      if (when && !when(payload)) continue;
      if (check(payload) instanceof Promise || payload.issues.length) {
        payload.issues = [];
        return INVALID;
      }
    }
    return payload.value;
  };
}

function typedReader(zod: Internals): Read | null {
  const def = zod.def;
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : INVALID);
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : INVALID);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : INVALID);
    case 'enum':
    case 'literal': {
      const values = zod.values!;
      return (value) => (values.has(value) ? value : INVALID);
    }
    case 'custom':
      return (value) => value;
    case 'optional': {
      const inner = def.innerType!;
      const read = inner._zod.optin ? null : readerOf(inner);
      return read && ((value) => (value === undefined ? value : read(value)));
    }
    case 'array': {
      const read = readerOf(def.element!);
      return (
        read &&
        ((value) => {
          if (!Array.isArray(value)) return INVALID;
          const out = new Array<unknown>(value.length);
          for (let i = 0; i < value.length; i++) if ((out[i] = read(value[i])) === INVALID) return INVALID;
          return out;
        })
      );
    }
    case 'object':
      return def.catchall ? null : objectReader(def.shape!);
    default:
      return null;
  }
}

/**
 * An object as zod's reads it: the shape's keys in the shape's order, unknown keys left out; an optional
 * field that is absent stays absent, one present as undefined stays present; a required field may not be absent.
 */
function objectReader(shape: Record<string, Schema>): Read | null {
  const fields: { key: string; read: Read; optional: boolean }[] = [];
  for (const key of Object.keys(shape)) {
    if (key === '__proto__') continue;
    const read = readerOf(shape[key]);
    if (!read) return null;
    fields.push({ key, read, optional: shape[key]._zod.optin === 'optional' });
  }
  return (value) => {
    if (!isObject(value)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const { key, read, optional } of fields) {
      const present = key in value;
      if (!present) {
        if (optional) continue;
        return INVALID;
      }
      const field = read(value[key]);
      if (field === INVALID) return INVALID;
      out[key] = field;
    }
    return out;
  };
}
