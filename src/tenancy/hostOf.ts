/**
 * The host name an address or a Host header names, as organisations' domains are stored:
 * lower case, without scheme, port, path or a trailing dot ("https://WWW.Example.go.th:443/x"
 * → "www.example.go.th"). Empty when there is none.
 */
export function hostOf(value: null | string | undefined): string {
  if (!value) return ''
  let text = value.trim().toLowerCase()
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
  text = text.split(/[/?#]/, 1)[0]!
  // [::1]:3000 keeps its brackets; a name or IPv4 address loses its port.
  text = text.startsWith('[') ? text.slice(0, text.indexOf(']') + 1) : text.split(':', 1)[0]!
  return text.replace(/\.$/, '')
}
