import type { TypedDocumentString } from './gql/graphql';

const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  message: string;
}

/** A failed GraphQL call: the first error the server returned, or a transport failure. */
export class GraphQLRequestError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];

  constructor(code: ErrorCode, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.fields = fields;
  }
}

/** The header every cookie-authenticated POST must carry (required by the server against cross-site requests). */
export const CSRF_HEADERS = { 'X-Deepnote-CSRF': '1' } as const;

/** Headers every cookie-authenticated GraphQL call carries. */
export const GRAPHQL_HEADERS = { 'Content-Type': 'application/json', ...CSRF_HEADERS } as const;

/** Fired on window whenever the server answers UNAUTHENTICATED, so the app can show the sign-in page. */
export const UNAUTHENTICATED_EVENT = 'deepnote:unauthenticated';
/** Dispatched on window when the signed-in user's set of workspaces changed (created, joined, left): the sidebar reloads it. */
export const WORKSPACES_CHANGED_EVENT = 'deepnote:workspaces-changed';

/** The error body of GraphQL responses, also used by the server's plain HTTP endpoints (such as /files). */
export interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; fields?: FieldError[] } }[];
}

interface GraphQLResponse<T> extends ErrorBody {
  data?: T | null;
}

function toCode(code: string | undefined): ErrorCode {
  return ERROR_CODES.find((c) => c === code) ?? 'INTERNAL';
}

/** The first error of a body as a typed error (announcing UNAUTHENTICATED), or undefined if it has none. */
export function firstError(body: ErrorBody | null | undefined): GraphQLRequestError | undefined {
  const first = body?.errors?.[0];
  if (!first) return undefined;
  const code = toCode(first.extensions?.code);
  if (code === 'UNAUTHENTICATED') window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  return new GraphQLRequestError(code, first.message || code, first.extensions?.fields ?? []);
}

/** A typed document generated from the schema (`graphql(...)` of src/gql: its text, with its result and variables types). */
export type TypedDocument<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

/** A document without variables may be run without them; one with variables needs them. */
export type VariablesOf<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

const compacted = new Map<string, string>();

/**
 * The text sent for a document: a generated one is printed over many lines, so its whitespace is collapsed to
 * single spaces (as hand-written documents are), unless it holds a string literal, whose spaces are kept.
 */
export function documentText(query: string | TypedDocument<unknown, never>): string {
  if (typeof query === 'string') return query;
  const printed = query.toString();
  let text = compacted.get(printed);
  if (text === undefined) {
    text = printed.includes('"') ? printed.trim() : printed.replace(/\s+/g, ' ').trim();
    compacted.set(printed, text);
  }
  return text;
}

/** Runs a typed document (its variables and result are checked against the schema) or, untyped, a document's text. */
export function gql<TResult, TVariables>(query: TypedDocument<TResult, TVariables>, ...variables: VariablesOf<TVariables>): Promise<TResult>;
export function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
export async function gql<T>(query: string | TypedDocument<T, never>, variables?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: GRAPHQL_HEADERS,
      body: JSON.stringify({ query: documentText(query), variables }),
    });
  } catch {
    throw new GraphQLRequestError('UNAVAILABLE', 'The server could not be reached. Check your connection and try again.');
  }

  let body: GraphQLResponse<T>;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError('INTERNAL', `Unexpected response from the server (HTTP ${response.status}).`);
  }

  const error = firstError(body);
  if (error) throw error;
  if (body.data == null) {
    throw new GraphQLRequestError('INTERNAL', `Unexpected response from the server (HTTP ${response.status}).`);
  }
  return body.data;
}
