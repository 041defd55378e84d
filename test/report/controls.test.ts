import { describe, expect, it } from 'vitest'
import { compare, toText } from '../../src'
import { escapeControls } from '../../src/report/controls'

// What a hostile article or label can carry: set the window title, clear the screen,
// write the clipboard (OSC 52), a C1 CSI, and bidi overrides and isolates.
const HOSTILE = [
  ['set title', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
  ['clear screen', '\u001b[2J\u001b[H', '\\x1b[2J\\x1b[H'],
  ['clipboard write', '\u001b]52;c;cHduZWQ=\u0007', '\\x1b]52;c;cHduZWQ=\\x07'],
  ['C1 CSI', '\u009b31m', '\\x9b31m'],
  ['DEL and NUL', '\u007f\u0000', '\\x7f\\x00'],
  ['right-to-left override', '\u202eevil', '\\u202eevil'],
  ['bidi isolates', '\u2066a\u2069', '\\u2066a\\u2069'],
] as const

// any character that can start or steer a terminal sequence or reorder a line (the output's own line feeds aside)
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('escapeControls', () => {
  it.each(HOSTILE)('shows %s escaped', (_name, raw, shown) => {
    expect(escapeControls(`a${raw}b`)).toBe(`a${shown}b`)
  })

  it('keeps line feeds and tabs unless asked for one line', () => {
    expect(escapeControls('a\tb\nc')).toBe('a\tb\nc')
    expect(escapeControls('a\tb\nc', { singleLine: true })).toBe('a\\x09b\\x0ac')
  })

  it('leaves ordinary text, Vietnamese, Arabic and emoji alone', () => {
    const text = 'Thủ tướng nói: “Được.” مرحبا 👩‍👩‍👧 — 1.200 người'
    expect(escapeControls(text)).toBe(text)
  })
})

describe('toText on hostile input', () => {
  it.each(HOSTILE)('never prints %s raw, in labels or in article text', (_name, raw, shown) => {
    const text = `Bộ Y tế cho biết có 12 ca mắc mới ${raw} trong ngày. Ông Nguyễn Văn An nói ${raw}.`
    const report = compare({ text, source: `A${raw}` }, { text: text.replace('12', '13'), source: `B${raw}` })
    for (const color of [false, true]) {
      const out = toText(report, { color })
      // colour codes are the renderer's own; everything else must be escaped
      const uncoloured = out.replace(/\u001b\[\d+m/g, '')
      expect(uncoloured).not.toMatch(RAW)
      expect(uncoloured).toContain(`A${shown}`)
    }
  })
})
