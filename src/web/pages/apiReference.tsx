// The API's readable reference: every operation of the generated OpenAPI document (the same one
// /api/openapi.json serves) with its parameters, body and answers. Nothing here is written by hand.

import type { FC } from 'hono/jsx';

type Schema = Record<string, unknown>;
interface Operation {
  summary?: string; description?: string; tags?: string[]; parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> }; responses?: Record<string, { description?: string }>;
}
export interface OpenApiDoc {
  info: { title: string; version: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const refName = (s: Schema | undefined) => (typeof s?.$ref === 'string' ? s.$ref.split('/').pop()! : null);
const schemaText = (s: Schema | undefined) => refName(s) ?? (s ? JSON.stringify(s) : '');

export const ApiReferencePage: FC<{ doc: OpenApiDoc }> = ({ doc }) => {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));
  return (
    <>
      <p>Scripts authenticate with an API token (<code>scoutly users token EMAIL</code>) in the header <code>Authorization: Bearer TOKEN</code>.
        Errors are <code>application/problem+json</code> (RFC 9457) naming the field. The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI {String((doc as { openapi?: string }).openapi ?? '3.1')}).</p>
      <ul class="api-index">{ops.map((o) => <li><a href={`#${o.method}-${o.path}`}><code>{o.method} {o.path}</code></a> {o.op.summary}</li>)}</ul>
      {ops.map((o) => (
        <section class="card api-op" id={`${o.method}-${o.path}`} aria-label={`${o.method} ${o.path}`}>
          <h2><code>{o.method} {o.path}</code></h2>
          <p>{o.op.summary}</p>
          {o.op.description ? <p class="muted">{o.op.description}</p> : null}
          {o.op.parameters?.length ? <dl class="facts">{o.op.parameters.map((p) => <div><dt>{p.name} <small>({p.in}{p.required ? ', required' : ''})</small></dt><dd>{p.description ?? schemaText(p.schema)}</dd></div>)}</dl> : null}
          {o.op.requestBody?.content ? <p>Body: {Object.entries(o.op.requestBody.content).map(([type, c]) => <><code>{type}</code> {schemaText(c.schema)} </>)}</p> : null}
          <p>Answers: {Object.entries(o.op.responses ?? {}).map(([code, r]) => <><code>{code}</code> {r.description}; </>)}</p>
        </section>
      ))}
      <h2>Schemas</h2>
      {Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => (
        <details class="schema"><summary>{name}</summary><pre>{JSON.stringify(schema, null, 2)}</pre></details>
      ))}
    </>
  );
};
