// Words computed from values ("support 8, challenge 3") are templates in
// content/, with {name} placeholders that the code fills; the schemas check
// that each template keeps its placeholders (templateText.schema.ts).

/** Fills {name} placeholders in a message; unknown placeholders are left as written. */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/**
 * A template split around one placeholder, so a view can set the value apart
 * (in bold, say): "Your answers place you in {quadrant}." -> ["Your answers place you in ", "."].
 * The other placeholders are filled from `values` on both sides.
 */
export function splitMessage(template: string, name: string, values: Record<string, string | number> = {}): [string, string] {
  const at = template.indexOf(`{${name}}`);
  if (at < 0) return [fillMessage(template, values), ''];
  return [fillMessage(template.slice(0, at), values), fillMessage(template.slice(at + name.length + 2), values)];
}
