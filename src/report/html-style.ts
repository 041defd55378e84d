/**
 * The inline stylesheet of the HTML report. System fonts only: the page must
 * load nothing. Two columns on a wide screen, one on a phone; printable.
 */
export const STYLE = `
:root { color-scheme: light; --a: #1c71d8; --b: #26a269; --high: #c01c28; --medium: #e66100; --low: #986a44; --focus: #1a5fb4; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1e1e1e; background: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: .95rem; margin: .75rem 0 .25rem; text-transform: capitalize; }
a { color: var(--focus); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.summary { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; }
.sources { border-collapse: collapse; }
.sources th, .sources td { text-align: left; padding: .15rem .6rem .15rem 0; }
.sources thead th { font-size: .8rem; color: #5e5c64; font-weight: 600; }
.bars { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.bars text { fill: #1e1e1e; }
.bars .track { fill: #e8e8ea; }
.bars .fill { fill: var(--a); }
.warning { background: #fff4d6; border-left: 4px solid var(--medium); padding: .4rem .75rem; }
nav { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: .5rem 0; border-bottom: 1px solid #deddda; }
.divs, .eqs { list-style: none; padding: 0; margin: 0; }
.divs li, .eqs li { padding: .35rem 0; border-bottom: 1px solid #f0f0f0; }
.kind { display: inline-block; min-width: 5.5em; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.kind.sev-high, h3.sev-high { color: var(--high); }
.kind.sev-medium, h3.sev-medium { color: var(--medium); }
.kind.sev-low, h3.sev-low { color: var(--low); }
.msg { color: #5e5c64; font-size: .9rem; }
.none { color: #77767b; font-style: italic; }
.reason { color: #5e5c64; font-size: .85rem; }
details { margin: 1rem 0; }
summary { cursor: pointer; font-weight: 600; }
.legend { font-size: .85rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; border-top: 1px solid #ebebeb; padding: .3rem 0; }
.row.heads { position: sticky; top: 0; z-index: 1; background: #fff; font-weight: 600; border-bottom: 2px solid #c0bfbc; }
.row .meta { grid-column: 1 / -1; font-size: .75rem; color: #5e5c64; }
.row.link { border-left: 4px solid var(--b); padding-left: .5rem; background: #fbfdfb; }
.row.only .cell:not(.empty) { border-left: 4px solid var(--medium); padding-left: .5rem; }
.row.boiler, .boiler-sample { color: #8b8a8f; font-size: .88rem; }
.row.headline .s { font-size: 1.2rem; font-weight: 700; line-height: 1.35; color: #1e1e1e; }
.row.headline .tag { font-weight: 400; vertical-align: middle; }
.boiler-sample { font-style: italic; }
.cell { min-width: 0; overflow-wrap: anywhere; }
.s { margin: .2rem 0; }
.sid { font: 600 .72rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #77767b; margin-right: .25rem; }
.tag { font-size: .72rem; border: 1px solid #c0bfbc; border-radius: 3px; padding: 0 .3rem; color: #5e5c64; white-space: nowrap; }
.tag.only { border-color: var(--medium); color: #a04000; }
.wd { background: #dbeafe; border-radius: 2px; box-shadow: inset 0 -2px 0 var(--a); }
.fmt, mark.eq { color: #5e5c64; text-decoration: underline dotted #9a9996; text-underline-offset: 3px; }
mark { color: inherit; background: none; }
mark.hl { background: #fff3bf; border-bottom: 3px solid var(--low); }
mark.hl.sev-high { background: #ffd7d5; border-bottom-color: var(--high); }
mark.hl.sev-medium { background: #ffe3c2; border-bottom-color: var(--medium); }
mark, .s { scroll-margin: 30vh 0; }
mark:target { outline: 3px solid var(--focus); outline-offset: 1px; }
footer { margin-top: 2rem; font-size: .8rem; color: #77767b; }
@media (max-width: 700px) {
  main { padding: .75rem; }
  .row { grid-template-columns: 1fr; }
  .row .cell.empty, .row.heads { display: none; }
  .row .cell.side-b { margin-top: .2rem; }
}
@media print {
  nav, .legend, .row.heads { display: none; }
  body { font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .row { break-inside: avoid; }
  details::details-content { content-visibility: visible; display: block; }
  summary { list-style: none; }
  summary::-webkit-details-marker { display: none; }
}
`
