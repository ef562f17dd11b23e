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

/** Headers every cookie-authenticated call must carry (the CSRF header is required by the server). */
export const GRAPHQL_HEADERS = {
  'Content-Type': 'application/json',
  'X-Deepnote-CSRF': '1',
} as const;

/** Fired on window whenever the server answers UNAUTHENTICATED, so the app can show the sign-in page. */
export const UNAUTHENTICATED_EVENT = 'deepnote:unauthenticated';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string; fields?: FieldError[] } }[];
}

function toCode(code: string | undefined): ErrorCode {
  return ERROR_CODES.find((c) => c === code) ?? 'INTERNAL';
}

export async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: GRAPHQL_HEADERS,
      body: JSON.stringify({ query, variables }),
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

  const first = body.errors?.[0];
  if (first) {
    const code = toCode(first.extensions?.code);
    if (code === 'UNAUTHENTICATED') window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    throw new GraphQLRequestError(code, first.message || code, first.extensions?.fields ?? []);
  }
  if (body.data == null) {
    throw new GraphQLRequestError('INTERNAL', `Unexpected response from the server (HTTP ${response.status}).`);
  }
  return body.data;
}
