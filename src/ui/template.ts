// Words computed from values ("support 8, challenge 3") are templates in
// content/, with {name} placeholders that the code fills; the schemas check
// that each template keeps its placeholders (templateText.schema.ts).

/** Fills {name} placeholders in a message; unknown placeholders are left as written. */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
