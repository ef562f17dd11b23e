import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_HEADERS } from './graphql';
import { watch } from './graphiqlA11y';

// Same transport as the app: the session cookie plus the CSRF header; headers typed in the IDE
// (e.g. `Authorization: Bearer <api token>`) are added on top.
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...GRAPHQL_HEADERS, ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

const host = document.getElementById('graphiql')!;
watch(host);
createRoot(host).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={'# Deepnote Secure Workspace API\n{\n  me {\n    id\n    email\n  }\n}\n'} />
  </StrictMode>,
);
