// Reads one large JSON object from a Blob piece by piece: each top-level member comes out
// as its own raw text, and the elements of chosen array members one at a time, so a file
// with hundreds of MB of attachments is never held as one string. The caller JSON.parses
// each piece. Depth is checked while scanning, before any JSON.parse sees the text.

export type JsonStreamProblem = 'empty' | 'not-json' | 'truncated' | 'too-deep' | 'too-large' | 'encoding' | 'syntax';

export class JsonStreamError extends Error {
  constructor(
    readonly problem: JsonStreamProblem,
    /** The top-level member being read ("data"), with the element index for split arrays. */
    readonly where: { key?: string; index?: number; offset: number },
  ) {
    super(`${problem} at ${where.key ?? '(top)'}${where.index !== undefined ? `[${where.index}]` : ''}, char ${where.offset}`);
    this.name = 'JsonStreamError';
  }
}

export interface JsonStreamOptions {
  /** Top-level members whose array elements are handed over one at a time. */
  splitArrays?: readonly string[];
  chunkBytes?: number;
  maxDepth?: number;
  /** Largest raw text of one piece (member or element), in characters. */
  maxPieceChars?: number;
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, total: number) => void;
  onMember: (key: string, raw: string) => void | Promise<void>;
  onElement?: (key: string, index: number, raw: string) => void | Promise<void>;
  /** Each top-level key as it is read (a split array's key too, even when the array is empty). */
  onKey?: (key: string) => void;
}

type State = 'start' | 'key' | 'colon' | 'value-start' | 'elem-start' | 'after-value' | 'after-elem' | 'done';
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const STRING_STOP = /["\\]/g;

export async function streamJsonObject(blob: Blob, options: JsonStreamOptions): Promise<void> {
  const chunkBytes = options.chunkBytes ?? 4 * 1024 * 1024;
  const maxDepth = options.maxDepth ?? 64;
  const maxPiece = options.maxPieceChars ?? 256 * 1024 * 1024;
  const split = new Set(options.splitArrays ?? []);
  const decoder = new TextDecoder('utf-8', { fatal: true });

  let state: State = 'start';
  let key = '';
  let inKey = false;
  let afterComma = false;
  let index = -1;
  let inElement = false;
  let capturing = false;
  const open: number[] = []; // brackets open inside the current piece, to match each closer
  let inString = false;
  let escape = false;
  let parts: string[] = [];
  let pieceLength = 0;
  let offset = 0; // characters consumed before the current chunk
  let sawAnything = false;

  const fail = (problem: JsonStreamProblem, at: number): never => {
    throw new JsonStreamError(problem, { ...(key ? { key } : {}), ...(inElement ? { index } : {}), offset: offset + at });
  };

  async function finishPiece() {
    const raw = parts.join('');
    parts = [];
    pieceLength = 0;
    capturing = false;
    if (inElement) {
      state = 'after-elem';
      await options.onElement?.(key, index, raw);
    } else {
      state = 'after-value';
      await options.onMember(key, raw);
    }
  }

  async function scan(text: string) {
    const n = text.length;
    let i = 0;
    let pieceStart = 0;
    while (i < n) {
      if ((capturing || inKey) && inString) {
        if (escape) {
          escape = false;
          i++;
          continue;
        }
        STRING_STOP.lastIndex = i;
        const m = STRING_STOP.exec(text);
        if (!m) {
          i = n;
          break;
        }
        i = m.index + 1;
        if (m[0] === '\\') escape = true;
        else {
          inString = false;
          if (inKey) {
            parts.push(text.slice(pieceStart, i));
            key = JSON.parse(parts.join('')) as string;
            options.onKey?.(key);
            parts = [];
            inKey = false;
            state = 'colon';
          }
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (capturing) {
        if (c === 0x22) inString = true;
        else if (c === 0x7b || c === 0x5b) {
          open.push(c);
          if (open.length + (inElement ? 2 : 1) > maxDepth) fail('too-deep', i);
        } else if (c === 0x7d || c === 0x5d || c === 0x2c) {
          if (open.length === 0) {
            const closer = inElement ? 0x5d : 0x7d;
            if (c !== 0x2c && c !== closer) fail('syntax', i);
            parts.push(text.slice(pieceStart, i));
            await finishPiece();
            continue; // the same character now ends the value in the new state
          }
          if (c !== 0x2c && open.pop() !== (c === 0x7d ? 0x7b : 0x5b)) fail('syntax', i);
        }
        i++;
        continue;
      }
      if (WS.has(c) || (c === 0xfeff && !sawAnything)) {
        i++;
        continue;
      }
      sawAnything = true;
      switch (state) {
        case 'start':
          if (c !== 0x7b) fail('not-json', i);
          state = 'key';
          break;
        case 'key':
          if (c === 0x7d && !afterComma) state = 'done';
          else if (c === 0x22) {
            inKey = true;
            inString = true;
            pieceStart = i;
          } else fail('syntax', i);
          afterComma = false;
          break;
        case 'colon':
          if (c !== 0x3a) fail('syntax', i);
          state = 'value-start';
          break;
        case 'value-start':
          if (split.has(key) && c === 0x5b) {
            state = 'elem-start';
            index = -1;
            afterComma = false;
            break;
          }
          inElement = false;
          capturing = true;
          open.length = 0;
          pieceStart = i;
          continue; // capture this character too
        case 'elem-start':
          if (c === 0x5d && index === -1) {
            state = 'after-value';
            break;
          }
          index++;
          inElement = true;
          capturing = true;
          open.length = 0;
          pieceStart = i;
          continue;
        case 'after-value':
          inElement = false;
          if (c === 0x2c) {
            state = 'key';
            afterComma = true;
          } else if (c === 0x7d) state = 'done';
          else fail('syntax', i);
          break;
        case 'after-elem':
          if (c === 0x2c) state = 'elem-start';
          else if (c === 0x5d) {
            inElement = false;
            state = 'after-value';
          } else fail('syntax', i);
          break;
        case 'done':
          fail('syntax', i);
      }
      i++;
    }
    if (capturing || inKey) {
      parts.push(text.slice(pieceStart));
      pieceLength += n - pieceStart;
      if (pieceLength > maxPiece) fail('too-large', n);
    }
  }

  let pos = 0;
  while (pos < blob.size) {
    if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('Aborted', 'AbortError');
    const bytes = await blob.slice(pos, pos + chunkBytes).arrayBuffer();
    pos += bytes.byteLength;
    let text = '';
    try {
      text = decoder.decode(bytes, { stream: pos < blob.size });
    } catch {
      fail('encoding', 0);
    }
    await scan(text);
    offset += text.length;
    options.onProgress?.(pos, blob.size);
  }
  if (!sawAnything) fail('empty', 0);
  if ((state as State) !== 'done') fail('truncated', 0);
}
