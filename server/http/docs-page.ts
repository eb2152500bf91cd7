/**
 * The browsable API reference at /api/v1/docs: one self-contained page (no external assets)
 * that renders /api/v1/openapi.json in the browser.
 */
export const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bourse API</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
code,pre{font:13px ui-monospace,monospace;background:#f4f4f4}pre{padding:.6em;overflow:auto}
h2{margin-top:2em;border-bottom:1px solid #ddd}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}</style>
</head><body><h1>Bourse market data API</h1><p id="info"></p><p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1)</p><div id="paths">loading…</div>
<script>
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
fetch('/api/v1/openapi.json').then((r) => r.json()).then((doc) => {
  document.getElementById('info').textContent = doc.info.description;
  let h = '';
  for (const [path, ops] of Object.entries(doc.paths)) for (const [m, op] of Object.entries(ops)) {
    h += '<h2><code>' + m.toUpperCase() + ' ' + esc(path) + '</code></h2><p>' + esc(op.summary) + '</p>';
    if (op.description) h += '<p>' + esc(op.description) + '</p>';
    if (op.parameters.length) h += '<table><tr><th>parameter</th><th>in</th><th>required</th><th>description</th></tr>' + op.parameters.map((p) =>
      '<tr><td><code>' + esc(p.name) + '</code></td><td>' + p.in + '</td><td>' + (p.required ? 'yes' : '') + '</td><td>' + esc(p.description) + (p.schema.enum ? ' — one of <code>' + esc(p.schema.enum.join(', ')) + '</code>' : '') + '</td></tr>').join('') + '</table>';
    for (const [st, r] of Object.entries(op.responses)) {
      h += '<p><b>' + st + '</b> ' + esc(r.description) + '</p>';
      const j = r.content && r.content['application/json'];
      if (j && st === '200') h += '<details><summary>schema</summary><pre>' + esc(JSON.stringify(j.schema, null, 1)) + '</pre></details>';
    }
  }
  document.getElementById('paths').innerHTML = h;
}, (e) => { document.getElementById('paths').textContent = 'cannot load the OpenAPI document: ' + e; });
</script></body></html>
`;
