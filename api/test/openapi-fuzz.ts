import fc from 'fast-check';

/**
 * Hostile requests generated from the API's own OpenAPI document: mostly plausible values (known
 * ids, real dates) with some fields, parameters or whole bodies replaced by what an attacker or a
 * broken client sends. Plausible values get requests past validation into the services, where a
 * forgotten case becomes a 500.
 */

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
}

export interface Operation {
  /** `GET /api/bookings/{seriesId}` */
  id: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  pathParams: string[];
  queryParams: Array<{ name: string; required: boolean; schema: Schema }>;
  body?: Schema;
}

/** What the fuzzer knows of the world it attacks: real ids, e-mails and tokens, so that requests reach the services. */
export interface FuzzWorld {
  /** Real ids by the (lower-case) name of the field or parameter that takes them; `*` for any. */
  ids: Record<string, string[]>;
  emails: string[];
  tokens: string[];
}

export interface FuzzRequest {
  operation: string;
  method: Operation['method'];
  path: string;
  rawBody?: string;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? {});
    return {
      ...schema,
      properties: schema.properties
        ? Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v)]))
        : undefined,
      items: schema.items ? resolve(schema.items) : undefined,
    };
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const body = operation.requestBody?.content['application/json']?.schema;
      return {
        id: `${method.toUpperCase()} ${path}`,
        method: method as Operation['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required ?? false, schema: resolve(p.schema ?? {}) })),
        body: body ? resolve(body) : undefined,
      };
    }),
  );
}

const deepObject = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deepArray = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** Text that PostgreSQL refuses (NUL, unpaired surrogates) or that only looks like what it claims. */
const BROKEN_TEXT = ['\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\udbff\udbff'];
const HOSTILE_STRINGS = [
  '',
  ' ',
  '😀',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-11-16T25:61',
  '2026-02-30T10:00',
  '+275760-09-13T00:00:00Z',
  '2026-11-16T14:00:00+99:00',
  '1e21',
  '-1',
  'NaN',
  'null',
  "' OR 1=1 --",
  '%',
  '\\',
  '../../etc/passwd',
  'x'.repeat(5000),
  '00000000-0000-0000-0000-000000000000',
  'FREQ=SECONDLY',
  'FREQ=DAILY;COUNT=1000000',
  'FREQ=WEEKLY;UNTIL=99991231T000000Z',
  'Not/AZone',
];
const HOSTILE_NUMBERS = [0, -1, 1.5, 1e-7, 1e21, -1e21, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE];
const HOSTILE_OTHERS: unknown[] = [true, false, [], {}, [null], { a: 1 }, [[[[[[]]]]]]];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...BROKEN_TEXT),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_OTHERS),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const pad = (n: number) => String(n).padStart(2, '0');
/** Dates around the fixed clock, including impossible ones that match the pattern. */
const localDate = fc.oneof(
  { arbitrary: fc.constantFrom('2027-02-29', '2027-02-30', '2027-04-31', '2027-13-01', '2027-00-10', '0000-01-01'), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 2025, max: 2028 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
    weight: 4,
  },
);
const localDateTime = fc
  .tuple(localDate, fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([date, h, m]) => `${date}T${pad(h)}:${pad(m)}`);
const instant = fc.oneof(
  localDate,
  localDateTime.map((t) => `${t}:00Z`),
  localDateTime.map((t) => `${t}:00-05:00`),
);

function idFor(name: string, world: FuzzWorld): fc.Arbitrary<string> {
  const known = world.ids[name] ?? [];
  return fc.oneof(
    { arbitrary: known.length > 0 ? fc.constantFrom(...known) : fc.uuid(), weight: 6 },
    { arbitrary: fc.constantFrom(...world.ids['*']), weight: 2 },
    { arbitrary: fc.uuid(), weight: 1 },
  );
}

function plausibleString(name: string, world: FuzzWorld): fc.Arbitrary<unknown> {
  const n = name.toLowerCase();
  if (n === 'id' || n.endsWith('id')) return idFor(n, world);
  if (n.endsWith('ids')) return fc.array(idFor(n.slice(0, -1), world), { maxLength: 3 });
  if (n.includes('email')) return fc.constantFrom(...world.emails);
  if (n === 'token') return fc.constantFrom(...world.tokens);
  if (['from', 'to'].includes(n)) return fc.oneof(localDate, instant);
  if (['startson', 'endson', 'workdate', 'weekstart', 'alternatingweeksanchor'].includes(n)) return localDate;
  if (n === 'frommonth') return localDate.map((d) => d.slice(0, 7));
  if (n === 'start' || n === 'end') return fc.oneof(localDateTime, instant);
  if (n === 'exdates') return fc.array(localDateTime, { maxLength: 3 });
  if (n === 'timezone') return fc.constantFrom('America/Toronto', 'Europe/Paris', 'UTC');
  if (n === 'rrule') return fc.constantFrom('FREQ=WEEKLY;COUNT=3', 'FREQ=DAILY;INTERVAL=2;COUNT=5', 'FREQ=MONTHLY;BYMONTHDAY=31');
  if (n === 'opens' || n === 'closes') return fc.constantFrom('07:00', '22:00', '24:00', '12:30');
  if (n.includes('password')) return fc.constant('correct horse battery');
  if (n === 'page' || n === 'pagesize') return fc.constantFrom('1', '2', '50');
  return fc.constantFrom('Texte', 'Réunion', 'x');
}

function plausibleValue(name: string, schema: Schema, world: FuzzWorld, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'number':
    case 'integer':
      return fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(15, 60, 90));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(fieldValue(name, schema.items ?? {}, world, depth + 1), { maxLength: 3 });
    case 'object':
      if (schema.properties && Object.keys(schema.properties).length > 0) return objectValue(schema, world, depth + 1);
      // Loosely documented (nullable numbers, ids or dates): anything plausible for the name.
      return fc.oneof(plausibleString(name, world), fc.integer({ min: 0, max: 1000 }), fc.constant(null));
    default:
      return plausibleString(name, world);
  }
}

function fieldValue(name: string, schema: Schema, world: FuzzWorld, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: plausibleValue(name, schema, world, depth), weight: 12 },
    { arbitrary: hostileValue, weight: 3 },
    // null passes @IsOptional(): the commonest way past validation.
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

function objectValue(schema: Schema, world: FuzzWorld, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(properties).map(([name, property]) =>
    // Undefined leaves the field out of the JSON.
    required.has(name)
      ? fc.oneof(
          { arbitrary: fieldValue(name, property, world, depth), weight: 9 },
          { arbitrary: fc.constant(undefined), weight: 1 },
        )
      : fc.option(fieldValue(name, property, world, depth), { nil: undefined, freq: 2 }),
  );
  return fc.tuple(...fields).map((values) => {
    const body: Record<string, unknown> = {};
    Object.keys(properties).forEach((name, i) => {
      if (values[i] !== undefined) body[name] = values[i];
    });
    return body;
  });
}

/** Whole bodies no client should send: deep nesting (stack depth), non-objects, JSON-looking garbage. */
const hostileRawBody = fc.constantFrom(
  deepArray(50_000),
  deepObject(20_000),
  `{"name":${deepArray(10_000)}}`,
  deepObject(40),
  '[]',
  '[{}]',
  'null',
  '"text"',
  '123',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
);

function bodyOf(schema: Schema, world: FuzzWorld): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: objectValue(schema, world, 0).map((body) => JSON.stringify(body)), weight: 8 },
    { arbitrary: objectValue(schema, world, 0).map((body) => JSON.stringify([body])), weight: 1 },
    { arbitrary: hostileRawBody, weight: 1 },
  );
}

function queryValue(name: string, schema: Schema, world: FuzzWorld): fc.Arbitrary<string[]> {
  const one = fc.oneof(
    { arbitrary: plausibleValue(name, schema, world, 0).map(String), weight: 4 },
    { arbitrary: hostileValue.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))), weight: 1 },
  );
  // Two values: Express turns a repeated parameter into an array.
  return fc.oneof({ arbitrary: one.map((v) => [v]), weight: 9 }, { arbitrary: fc.tuple(one, one), weight: 1 });
}

/** A lone surrogate cannot be percent-encoded as UTF-8: send the invalid bytes a broken client would. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

export function arbitraryRequest(operation: Operation, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const pathValues = fc.tuple(
    ...operation.pathParams.map((name) =>
      fc.oneof(
        { arbitrary: plausibleString(name, world).map(String), weight: 8 },
        { arbitrary: fc.constantFrom(...BROKEN_TEXT, ...HOSTILE_STRINGS).filter((s) => s.length > 0), weight: 2 },
      ),
    ),
  );
  const queryValues = fc.tuple(
    ...operation.queryParams.map((p) =>
      p.required ? queryValue(p.name, p.schema, world) : fc.option(queryValue(p.name, p.schema, world), { nil: undefined }),
    ),
  );
  const body = operation.body ? bodyOf(operation.body, world) : fc.constant(undefined);
  return fc.tuple(pathValues, queryValues, body).map(([pathParams, queryParams, rawBody]) => {
    let path = operation.path;
    operation.pathParams.forEach((name, i) => {
      path = path.replace(`{${name}}`, pathSegment(pathParams[i]));
    });
    const query = new URLSearchParams();
    operation.queryParams.forEach((p, i) => queryParams[i]?.forEach((v) => query.append(p.name, v)));
    const search = query.toString();
    return { operation: operation.id, method: operation.method, path: search ? `${path}?${search}` : path, rawBody };
  });
}
