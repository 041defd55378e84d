/** The inline stylesheet of the story page: system fonts only, nothing to load; the table scrolls sideways on a phone. */
export const STORY_STYLE = `
:root { color-scheme: light; --out: #c01c28; --min: #e66100; --ok: #26a269; --focus: #1a5fb4; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1e1e1e; background: #fff; }
main { max-width: 1400px; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
a { color: var(--focus); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.sources, .matrix { border-collapse: collapse; }
.sources th, .sources td, .matrix th, .matrix td { text-align: left; padding: .15rem .75rem .15rem 0; }
.warning { background: #fff4d6; border-left: 4px solid var(--min); padding: .4rem .75rem; }
.scroll { overflow-x: auto; }
table.story { border-collapse: collapse; width: 100%; }
table.story th, table.story td { border: 1px solid #deddda; padding: .35rem .5rem; vertical-align: top; text-align: left; }
table.story thead th { background: #f6f5f4; }
table.story tbody th { font-weight: normal; min-width: 12em; }
/* On a phone the table scrolls sideways rather than breaking a name at every syllable. */
table.story td { min-width: 9em; }
.kind { font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.status { font-size: .8rem; color: #5e5c64; }
tr.st-majority .status, tr.st-split .status { color: var(--out); font-weight: 600; }
.times { font-size: .8rem; color: #5e5c64; }
.where { font-size: .8rem; color: #5e5c64; }
.readings { margin: .25rem 0 0; padding-left: 1.1rem; font-size: .85rem; }
td.outlier { background: #fde2e4; border-left: 4px solid var(--out); }
td.minority, td.split { background: #fff1e0; }
td.majority, td.agree { background: #eef8f1; }
td.silent { color: #77767b; }
.tag { display: inline-block; font-size: .75rem; padding: 0 .35rem; border-radius: 3px; background: #f0f0f0; color: #3d3846; }
td.outlier .tag { background: var(--out); color: #fff; }
mark { border-radius: 2px; padding: 0 .1em; }
mark.outlier { background: #f8b4bb; }
mark.minority, mark.split { background: #ffd8a8; }
mark.majority, mark.agree { background: #c8ecd4; }
.text p { max-width: 75ch; }
/* A followed link leaves the sentence below the top edge, its outline in view. */
.text span[id] { scroll-margin-top: 3rem; }
.text span:target { outline: 3px solid var(--focus); background: #e8f0fc; }
.role-byline, .role-caption, .role-credit, .role-related, .role-dateline { color: #77767b; }
.alone { border-bottom: 1px dotted #9a9996; }
footer { margin-top: 2rem; font-size: .85rem; color: #5e5c64; }
@media print { .scroll { overflow: visible; } }
`
