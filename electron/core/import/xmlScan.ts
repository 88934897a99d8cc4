/**
 * A streaming XML tokenizer over UTF-8 bytes, for looking at an XLSX's parts as they unpack:
 * it reports the start and end tags of the elements a handler names and, only while the
 * handler asks for it, how many characters of text there are. It keeps no document and no
 * text, so a part of any size costs a few kilobytes; each byte is looked at once (text that is
 * not counted is skipped with `indexOf`), and no string is made for a tag the handler does not
 * name, so the time is linear in the part and small per byte.
 *
 * It is not a validating parser: exceljs parses the file afterwards if the scan lets it. It
 * knows what it must to see the same elements exceljs's parser (saxes) sees: attribute values
 * in quotes may hold '>', comments and processing instructions are skipped, CDATA is text.
 * A DOCTYPE is refused: Excel never writes one, and its entity declarations are the classic
 * way to make a small XML file expand.
 */

/** What the scan saw that no workbook has (a DOCTYPE, an over-long tag of interest). */
export class XmlFormatError extends Error {}

export interface XmlHandler {
  /** Local names (prefix dropped) of the elements whose tags the handler wants. */
  readonly names: readonly string[];
  /** Read before each run of text: whether to count it (inside the elements it cares about). */
  readonly counting: boolean;
  /**
   * A start tag of a named element; `tag` gives its attributes while the call lasts. An empty
   * element (`<c/>`) is followed by its `close`.
   */
  open(name: string, tag: XmlTag): void;
  close(name: string): void;
  /** `chars` characters of text (an entity is one). Called only while `counting` is true. */
  text(chars: number, bytes: Uint8Array, start: number, end: number): void;
}

export interface XmlTag {
  /** The value of an attribute by local name, entities decoded. */
  attribute(name: string): string | undefined;
  /**
   * Finds an attribute by local name without making a string (for the tags of every cell):
   * true, with its raw value in `bytes` from `valueStart` to `valueEnd`.
   */
  find(name: string): boolean;
  readonly bytes: Uint8Array;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The tag was longer than MAX_TAG bytes: its attributes were cut short. */
  readonly truncated: boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const SEMI = 0x3b;
const DASH = 0x2d;
const RBRACKET = 0x5d;
const COLON = 0x3a;
const EQUALS = 0x3d;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** Longest tag kept for its attributes; the tags a workbook's cells use are under 100 bytes. */
const MAX_TAG = 4096;

const enum State {
  Text,
  Lt,
  Tag,
  CloseTag,
  Bang,
  Comment,
  Cdata,
  Pi,
}

const decoder = new TextDecoder('utf-8');

function bytesText(bytes: Uint8Array, start: number, end: number): string {
  // Attribute values are short ASCII ("A12", "s") but for the odd one (a sheet's name).
  let text = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) return decoder.decode(bytes.subarray(start, end));
    text += String.fromCharCode(b);
  }
  return text;
}

export class XmlScanner implements XmlTag {
  private state = State.Text;
  private readonly tag = new Uint8Array(MAX_TAG);
  valueStart = 0;
  valueEnd = 0;
  private tagLength = 0;
  truncated = false;
  /** End of the current tag's name in `tag` (its attributes follow). */
  private nameEnd = 0;
  private quote = 0;
  /** The tag's last byte before '>', kept even when the tag is cut short ('/' ends `<c/>`). */
  private lastByte = 0;
  private bang = '';
  /** Comment, PI and CDATA ends: how many '-', '?' or ']' in a row were just seen. */
  private run = 0;
  private inEntity = false;
  private readonly names: { name: string; bytes: Uint8Array }[];

  constructor(private readonly handler: XmlHandler) {
    this.names = handler.names.map((name) => ({ name, bytes: Buffer.from(name, 'latin1') }));
  }

  /** The handler's name for the tag in `tag[from…]`, or null when it is not one it wants. */
  private nameOf(from: number): string | null {
    let end = from;
    let local = from;
    while (end < this.tagLength) {
      const b = this.tag[end]!;
      if (isSpace(b) || b === SLASH) break;
      if (b === COLON) local = end + 1;
      end++;
    }
    this.nameEnd = end;
    const length = end - local;
    for (const { name, bytes } of this.names) {
      if (bytes.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = this.tag[local + k] === bytes[k];
      if (same) return name;
    }
    return null;
  }

  get bytes(): Uint8Array {
    return this.tag;
  }

  find(name: string): boolean {
    const t = this.tag;
    let i = this.nameEnd;
    const n = this.tagLength;
    while (i < n) {
      while (i < n && (isSpace(t[i]!) || t[i] === SLASH)) i++;
      const keyStart = i;
      let local = i;
      while (i < n && t[i] !== EQUALS && !isSpace(t[i]!)) {
        if (t[i] === COLON) local = i + 1;
        i++;
      }
      const keyEnd = i;
      while (i < n && t[i] !== EQUALS) i++;
      i++;
      while (i < n && isSpace(t[i]!)) i++;
      const quote = t[i];
      if (quote !== DQUOTE && quote !== SQUOTE) return false;
      const valueStart = ++i;
      while (i < n && t[i] !== quote) i++;
      if (i >= n) return false;
      const valueEnd = i++;
      if (keyEnd - local === name.length && keyEnd > keyStart) {
        let same = true;
        for (let k = 0; k < name.length && same; k++) {
          same = t[local + k] === name.charCodeAt(k);
        }
        if (same) {
          this.valueStart = valueStart;
          this.valueEnd = valueEnd;
          return true;
        }
      }
    }
    return false;
  }

  attribute(name: string): string | undefined {
    if (!this.find(name)) return undefined;
    return decodeEntities(bytesText(this.tag, this.valueStart, this.valueEnd));
  }

  private countText(bytes: Uint8Array, start: number, end: number): void {
    if (!this.handler.counting || start >= end) return;
    let chars = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      if (this.inEntity) {
        if (b === SEMI) this.inEntity = false;
      } else if (b === AMP) {
        this.inEntity = true;
        chars++;
      } else if ((b & 0xc0) !== 0x80) {
        chars++;
      }
    }
    this.handler.text(chars, bytes, start, end);
  }

  private endTag(): void {
    if (this.state === State.CloseTag) {
      const name = this.nameOf(0);
      if (name !== null) this.handler.close(name);
      return;
    }
    const selfClosing = this.lastByte === SLASH;
    if (selfClosing && !this.truncated) this.tagLength--;
    const name = this.nameOf(0);
    if (name === null) return;
    this.handler.open(name, this);
    if (selfClosing) this.handler.close(name);
  }

  write(bytes: Uint8Array): void {
    let i = 0;
    const n = bytes.length;
    while (i < n) {
      switch (this.state) {
        case State.Text: {
          const lt = bytes.indexOf(LT, i);
          const end = lt < 0 ? n : lt;
          this.countText(bytes, i, end);
          if (lt < 0) return;
          i = lt + 1;
          this.state = State.Lt;
          break;
        }
        case State.Lt: {
          const b = bytes[i]!;
          this.tagLength = 0;
          this.truncated = false;
          this.quote = 0;
          this.lastByte = 0;
          this.inEntity = false;
          if (b === SLASH) {
            this.state = State.CloseTag;
            i++;
          } else if (b === BANG) {
            this.state = State.Bang;
            this.bang = '';
            i++;
          } else if (b === QUESTION) {
            this.state = State.Pi;
            this.run = 0;
            i++;
          } else {
            this.state = State.Tag;
          }
          break;
        }
        case State.Tag:
        case State.CloseTag: {
          for (; i < n; i++) {
            const b = bytes[i]!;
            if (this.quote !== 0) {
              if (b === this.quote) this.quote = 0;
            } else if (b === DQUOTE || b === SQUOTE) {
              this.quote = b;
            } else if (b === GT) {
              break;
            }
            if (this.tagLength < MAX_TAG) this.tag[this.tagLength++] = b;
            else this.truncated = true;
            this.lastByte = b;
          }
          if (i === n) return;
          i++;
          this.endTag();
          this.state = State.Text;
          break;
        }
        case State.Bang: {
          // Decide between <!-- comment -->, <![CDATA[ text ]]> and a declaration.
          this.bang += String.fromCharCode(bytes[i]!);
          i++;
          if (this.bang === '--') {
            this.state = State.Comment;
            this.run = 0;
          } else if (this.bang === '[CDATA[') {
            this.state = State.Cdata;
            this.run = 0;
          } else if (!'--'.startsWith(this.bang) && !'[CDATA['.startsWith(this.bang)) {
            throw new XmlFormatError(`<!${this.bang}… (a DOCTYPE or declaration) in a part`);
          }
          break;
        }
        case State.Comment: {
          for (; i < n; i++) {
            const b = bytes[i]!;
            if (b === GT && this.run >= 2) break;
            this.run = b === DASH ? this.run + 1 : 0;
          }
          if (i === n) return;
          i++;
          this.state = State.Text;
          break;
        }
        case State.Pi: {
          for (; i < n; i++) {
            const b = bytes[i]!;
            if (b === GT && this.run > 0) break;
            this.run = b === QUESTION ? 1 : 0;
          }
          if (i === n) return;
          i++;
          this.state = State.Text;
          break;
        }
        case State.Cdata: {
          // Text up to "]]>"; the ']' of the end are not text (they are counted once it is
          // clear they are not the end).
          const start = i;
          let chars = 0;
          for (; i < n; i++) {
            const b = bytes[i]!;
            if (b === GT && this.run >= 2) {
              chars += this.run - 2;
              break;
            }
            if (b === RBRACKET) {
              this.run++;
              continue;
            }
            chars += this.run;
            this.run = 0;
            if ((b & 0xc0) !== 0x80) chars++;
          }
          if (this.handler.counting && chars > 0) this.handler.text(chars, bytes, start, i);
          if (i === n) return;
          i++;
          this.run = 0;
          this.state = State.Text;
          break;
        }
      }
    }
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
