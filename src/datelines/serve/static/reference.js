// The API reference: openapi.json rendered as a page, with no library and nothing from
// elsewhere (newsrooms run air-gapped).
"use strict";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function resolve(doc, schema) {
  while (schema && schema.$ref) {
    schema = schema.$ref.replace(/^#\//, "").split("/").reduce((node, key) => node[key], doc);
  }
  return schema;
}

function typeOf(doc, schema) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map((s) => typeOf(doc, s)).join(" | ");
  if (schema.type === "array") return `array of ${typeOf(doc, schema.items)}`;
  if (schema.enum) return `${schema.type}: ${schema.enum.join(", ")}`;
  return schema.type || "object";
}

function table(doc, rows) {
  return el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, "name"), el("th", {}, "type"), el("th", {}, "meaning"))),
    el("tbody", {}, ...rows.map(([name, schema, required]) => el("tr", {},
      el("td", {}, el("code", {}, name), required ? " (required)" : ""),
      el("td", {}, typeOf(doc, schema)),
      el("td", {}, (schema && schema.description) || "")))));
}

function schemaBlock(doc, name) {
  const schema = resolve(doc, {$ref: `#/components/schemas/${name}`});
  return el("details", {}, el("summary", {}, `Schema ${name}`), el("pre", {}, JSON.stringify(schema, null, 2)));
}

function operation(doc, path, method, op) {
  const id = op.operationId;
  const section = el("section", {id}, el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`), ` — ${op.summary}`));
  if (op.description) section.append(el("p", {}, op.description.replace(/`/g, "")));
  if (op.parameters) {
    section.append(el("h3", {}, "Parameters"),
      table(doc, op.parameters.map((p) => [`${p.name} (${p.in})`, {...p.schema, description: p.description}, p.required])));
  }
  if (op.requestBody) {
    const media = op.requestBody.content["application/json"];
    const body = media.schema;
    section.append(el("h3", {}, "Body (JSON)"),
      table(doc, Object.entries(body.properties).map(([name, schema]) => [name, schema, body.required.includes(name)])));
    if (body.oneOf) section.append(el("p", {}, `Exactly one of: ${body.oneOf.map((s) => s.required[0]).join(", ")}.`));
    if (media.example) {
      section.append(el("h3", {}, "Example"), el("pre", {},
        `curl -s -X POST ${location.origin}${path} -H 'content-type: application/json' \\\n  -d '${JSON.stringify(media.example)}'`));
    }
  }
  section.append(el("h3", {}, "Answers"));
  const list = el("ul");
  for (const [status, response] of Object.entries(op.responses)) {
    const schema = response.content && response.content["application/json"].schema;
    list.append(el("li", {}, el("strong", {}, status), ` ${response.description}`, schema ? ` (${typeOf(doc, schema)})` : ""));
  }
  section.append(list);
  const answer = op.responses["200"].content["application/json"].schema.$ref.split("/").pop();
  section.append(schemaBlock(doc, answer));
  return section;
}

async function start() {
  const doc = await (await fetch("openapi.json")).json();
  const root = document.getElementById("reference");
  const contents = el("ul");
  root.replaceChildren(el("p", {}, `${doc.info.title} ${doc.info.version}: ${doc.info.summary}.`));
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      contents.append(el("li", {}, el("a", {href: `#${op.operationId}`}, `${method.toUpperCase()} ${path}`), ` — ${op.summary}`));
      root.append(operation(doc, path, method, op));
    }
  }
  const errors = el("section", {id: "errors"}, el("h2", {}, "Errors"));
  for (const line of doc.info.description.split("\n")) if (line.trim()) errors.append(el("p", {}, line.replace(/`/g, "")));
  root.append(errors);
  document.getElementById("contents").replaceChildren(contents);
  document.body.dataset.ready = "true";
}

start().catch((err) => { document.getElementById("reference").textContent = `Could not load openapi.json: ${err}`; });
