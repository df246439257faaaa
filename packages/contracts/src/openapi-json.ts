// The one way the document is turned into text, shared by the writing script and the staleness
// test so both compare byte for byte: two-space indent, trailing newline. Key order is the
// builder's (deterministic: route order for paths, sorted component names).
export function serializeOpenApiDocument(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
