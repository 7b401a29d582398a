/**
 * Just enough RFC 822 / MIME to read the body a person typed out of a 2002 mailing-list message: the
 * first text/plain part, with quoted-printable or base64 undone and the charset applied. HTML-only
 * mail gives null: a newsletter's markup is not somebody's sentence.
 */

export interface Message {
  headers: Map<string, string>;
  body: string | null;
}

function splitHead(raw: string): { head: string; rest: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? { head: raw.slice(0, m.index), rest: raw.slice(m.index + m[0].length) } : { head: raw, rest: '' };
}

export function parseHeaders(head: string): Map<string, string> {
  const out = new Map<string, string>();
  // Continuation lines start with white space: fold them into the header above.
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([\w-]+):\s*(.*)$/.exec(line);
    if (m && !out.has(m[1].toLowerCase())) out.set(m[1].toLowerCase(), m[2]);
  }
  return out;
}

const param = (value: string, name: string) => new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(value)?.[1];

function decode(body: string, encoding: string, charset: string): string {
  let bytes: Buffer;
  const enc = encoding.toLowerCase();
  if (enc === 'quoted-printable') {
    const soft = body.replace(/=\r?\n/g, '');
    bytes = Buffer.from(soft.replace(/=([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  } else if (enc === 'base64') {
    bytes = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  } else {
    bytes = Buffer.from(body, 'latin1');
  }
  const cs = charset.toLowerCase();
  if (cs === 'utf-8' || cs === 'utf8') return bytes.toString('utf8');
  try {
    return new TextDecoder(cs || 'windows-1252').decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

function textPart(headers: Map<string, string>, body: string, depth: number): string | null {
  const type = headers.get('content-type') ?? 'text/plain';
  const mime = type.split(';')[0].trim().toLowerCase();
  if (mime.startsWith('multipart/') && depth < 5) {
    const boundary = param(type, 'boundary');
    if (!boundary) return null;
    const parts = body.split(new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?\\s*$`, 'm'));
    for (const part of parts.slice(1)) {
      const { head, rest } = splitHead(part.replace(/^\r?\n/, ''));
      const found = textPart(parseHeaders(head), rest, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (mime !== 'text/plain') return null;
  return decode(body, headers.get('content-transfer-encoding') ?? '7bit', param(type, 'charset') ?? '');
}

export function parseMessage(raw: string): Message {
  const { head, rest } = splitHead(raw);
  const headers = parseHeaders(head);
  return { headers, body: textPart(headers, rest, 0) };
}
