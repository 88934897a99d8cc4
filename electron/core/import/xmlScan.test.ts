import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { XmlHandler, XmlTag } from './xmlScan';
import { XmlFormatError, XmlScanner, decodeEntities } from './xmlScan';

/** Records what a handler interested in `names` is told, counting text inside <t> and <v>. */
function recorder(names: string[], attributes: string[] = []) {
  const events: string[] = [];
  let depth = 0;
  const handler: XmlHandler = {
    names,
    get counting() {
      return depth > 0;
    },
    open(name: string, tag: XmlTag) {
      const attrs = attributes.map((a) => `${a}=${tag.attribute(a) ?? '-'}`);
      events.push(`<${[name, ...attrs].join(' ')}${tag.truncated ? ' …' : ''}>`);
      if (name === 't' || name === 'v') depth++;
    },
    close(name: string) {
      events.push(`</${name}>`);
      if (name === 't' || name === 'v') depth--;
    },
    text(chars: number) {
      events.push(String(chars));
    },
  };
  return { handler, events };
}

function scan(xml: string | Uint8Array, names: string[], attributes: string[] = [], step = 0) {
  const { handler, events } = recorder(names, attributes);
  const scanner = new XmlScanner(handler);
  const bytes = typeof xml === 'string' ? new TextEncoder().encode(xml) : xml;
  if (step === 0) scanner.write(bytes);
  else for (let i = 0; i < bytes.length; i += step) scanner.write(bytes.subarray(i, i + step));
  // Text events may come in pieces; join the counts between tags.
  const joined: string[] = [];
  for (const e of events) {
    const last = joined[joined.length - 1];
    if (/^\d+$/.test(e) && last !== undefined && /^\d+$/.test(last)) {
      joined[joined.length - 1] = String(Number(last) + Number(e));
    } else joined.push(e);
  }
  return joined;
}

const SHEET =
  '<?xml version="1.0"?><x:worksheet xmlns:x="urn:x"><!-- a <c> in a comment -->' +
  '<x:sheetData><x:row r="1" spans="1:3"><x:c r="A1" t="s"><x:v>12</x:v></x:c>' +
  '<x:c r="B1" t=\'inlineStr\' x:note="a > b"><x:is><x:t xml:space="preserve">Lê &amp; Tám</x:t></x:is></x:c>' +
  '<x:c r="C1"/></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:C1"/></x:mergeCells></x:worksheet>';

describe('XmlScanner', () => {
  it('reports the named elements with their attributes, and counts text only when asked', () => {
    expect(scan(SHEET, ['c', 't', 'v', 'mergeCell'], ['r', 't', 'note', 'ref'])).toEqual([
      '<c r=A1 t=s note=- ref=->',
      '<v r=- t=- note=- ref=->',
      '2',
      '</v>',
      '</c>',
      '<c r=B1 t=inlineStr note=a > b ref=->',
      '<t r=- t=- note=- ref=->',
      // "Lê &amp; Tám": the entity is one character, "ê" and "á" one each.
      '8',
      '</t>',
      '</c>',
      '<c r=C1 t=- note=- ref=->',
      '</c>',
      '<mergeCell r=- t=- note=- ref=A1:C1>',
      '</mergeCell>',
    ]);
  });

  it('tells the same story however the bytes are cut into chunks', () => {
    const whole = scan(SHEET, ['row', 'c', 't', 'v'], ['r']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (step) => {
        expect(scan(SHEET, ['row', 'c', 't', 'v'], ['r'], step)).toEqual(whole);
      }),
    );
  });

  it('counts CDATA as text, up to its own end', () => {
    // "a]b]]c<d>]": ten characters before the "]]>" that ends the section.
    expect(scan('<t><![CDATA[a]b]]c<d>]]]></t>', ['t'])).toEqual(['<t>', '10', '</t>']);
    expect(scan('<t><![CDATA[a]b]]c<d>]]]></t>', ['t'], [], 1)).toEqual(['<t>', '10', '</t>']);
  });

  it('skips comments and processing instructions, whatever they hold', () => {
    const xml = '<a><!-- <t>no</t> --><?pi <t>no</t> ?><t>yes</t></a>';
    expect(scan(xml, ['t'])).toEqual(['<t>', '3', '</t>']);
  });

  it('refuses a DOCTYPE, where entity declarations could expand the text', () => {
    const bomb = '<!DOCTYPE lolz [<!ENTITY lol "lol">]><t>&lol;</t>';
    expect(() => scan(bomb, ['t'])).toThrow(XmlFormatError);
  });

  it('marks a tag too long to keep, instead of keeping it', () => {
    const long = `<c r="A1" x="${'y'.repeat(5000)}"/>`;
    expect(scan(long, ['c'], ['r'])).toEqual(['<c r=A1 …>', '</c>']);
  });
});

describe('decodeEntities', () => {
  it('decodes the five named entities and character references', () => {
    expect(decodeEntities('Sở &quot;Y&quot; &amp; &#272;&#x1ED7; &lt;&gt;&apos;')).toBe(
      'Sở "Y" & Đỗ <>\'',
    );
  });
});
