// Characters YAML will not take raw in a scalar (C1 controls, DEL, the byte-order mark) or would read as a line
// break (U+2028, U+2029); JSON leaves them raw, so they are escaped here.
const NOT_PRINTABLE_IN_YAML = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * A string as a YAML double-quoted scalar. A JSON string is one (YAML 1.2 is a superset of JSON, and its
 * escapes are YAML's), so quotes, colons, `#`, backslashes and line breaks all come out safe.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(NOT_PRINTABLE_IN_YAML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
