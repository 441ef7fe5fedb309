// report.html's style sheet, inlined into the page (it loads nothing). Below 700px wide, tables turn into
// one card per row, each cell labelled, so the page reads on a phone without sideways scrolling.
export const STYLE = `
:root{--fg:#1b1f24;--muted:#5b6470;--line:#d8dde3;--bg:#fff;--soft:#f4f6f8;--bad:#b42318;--ok:#17663a;--accent:#1f5fbf}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:16px 24px;border-bottom:1px solid var(--line);background:var(--soft)}
header p{margin:4px 0;color:var(--muted)}
h1{margin:0;font-size:22px}
h2{font-size:18px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:0 0 2px}
nav{display:flex;flex-wrap:wrap;gap:6px 14px;margin-top:8px}
nav a,a{color:var(--accent)}
main{padding:0 24px 40px;max-width:1200px}
code,.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.path{overflow-wrap:anywhere}
td code,td.state,td.date{white-space:nowrap}
code.id{color:var(--muted);font-size:12px}
h3.single{margin:22px 0 4px}
.counts{display:flex;flex-wrap:wrap;gap:10px;margin:0}
.count{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:110px;background:var(--soft)}
.count dt{color:var(--muted);font-size:13px}
.count dd{margin:0;font-size:22px;font-weight:600}
.count.bad dd{color:var(--bad)}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
th{font-size:13px;color:var(--muted);font-weight:600}
td{overflow-wrap:break-word}
tr.failed td,tr.pending td{color:var(--bad)}
.story{margin:14px 0;padding:12px 14px;border:1px solid var(--line);border-radius:8px}
.meta{margin:0 0 6px;color:var(--muted);font-size:13px}
.none,.more{color:var(--muted)}
details.rule{border-bottom:1px solid var(--line);padding:6px 0}
details.rule summary{cursor:pointer}
details.rule .n{display:inline-block;min-width:2em;padding:0 6px;border-radius:10px;background:var(--soft);text-align:center}
details.rule li{margin:2px 0}
:target{background:#fff6d6}
@media (max-width:700px){
  header{padding:12px 14px}
  main{padding:0 14px 30px}
  table.stack thead{display:none}
  table.stack tr{display:block;border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:4px 0}
  table.stack td{display:block;border:0;padding:2px 10px 2px 104px;position:relative;min-height:1.6em}
  table.stack td code,table.stack td.date{white-space:normal;overflow-wrap:anywhere}
  table.stack td::before{content:attr(data-label);position:absolute;left:10px;width:90px;font:12px/1.9 system-ui,sans-serif;color:var(--muted)}
  .count{min-width:0;flex:1 1 40%}
}
`;
