/**
 * Whether a URL falls under a WebExtension match pattern ("<scheme>://<host>/<path>", with "*" in the
 * scheme meaning http or https, "*." before a host meaning it and its subdomains, "*" in the path any run).
 */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):/.test(url);
  const parts = /^(\*|[a-z-]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts;
  const target = new URL(url);
  const targetScheme = target.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(targetScheme) : scheme !== targetScheme) return false;
  if (host !== '*') {
    const bare = host.startsWith('*.') ? host.slice(2) : host;
    const hostMatches = target.hostname === bare || (host.startsWith('*.') && target.hostname.endsWith(`.${bare}`));
    if (!hostMatches) return false;
  }
  const glob = new RegExp(`^${path.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(target.pathname + target.search);
}
