// GovSearch search page: plain DOM code, no framework. Every text from the index is put into the page as text
// (textContent / text nodes); snippets, which the server escapes and marks with <mark>, are parsed in an inert
// <template> and rebuilt from their text and <mark> elements only.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const PAGE_SIZE = 10;
  const FACETS = [
    ['languages', 'lang', 'Language · 语言', true],
    ['docTypes', 'type', 'Type · 类型', true],
    ['years', 'year', 'Year · 年份', false],
    ['sources', 'source', 'Source · 来源', true],
    ['topics', 'topic', 'Topic · 主题', true],
  ];
  const COLORS = ['#8a1c1c', '#1a3d8f', '#2e7d32', '#b26a00', '#6a1b9a'];
  let topicLabels = null; // topic id → label, or {} without a topic model
  let trends = null;
  let suggestOn = true;

  function el(tag, className, ...children) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  /** The snippet's text with its <mark> elements, nothing else: other elements become their text. */
  function marked(snippet) {
    const template = document.createElement('template');
    template.innerHTML = snippet;
    const out = document.createDocumentFragment();
    for (const node of template.content.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') out.append(el('mark', null, node.textContent));
      else out.append(document.createTextNode(node.textContent));
    }
    return out;
  }

  function state() { return new URLSearchParams(location.search); }

  function go(params) {
    history.pushState(null, '', '?' + params.toString());
    render();
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error((body && body.detail) || ('HTTP ' + response.status));
    return body;
  }

  async function labels() {
    if (topicLabels === null) {
      try {
        const topics = await getJson('api/topics');
        topicLabels = Object.fromEntries(topics.topics.map((t) => [String(t.id), t.label]));
      } catch {
        topicLabels = {};
      }
    }
    return topicLabels;
  }

  async function render() {
    const params = state();
    $('q').value = params.get('q') || '';
    if (params.get('doc')) return showDocument(params.get('doc'));
    $('document').hidden = true;
    $('results').hidden = false;
    if (!params.get('q')) return;
    const query = new URLSearchParams();
    for (const [key, value] of params) if (key !== 'doc') query.append(key, value);
    query.set('limit', String(PAGE_SIZE));
    $('summary').className = 'summary';
    $('summary').textContent = '…';
    try {
      const [results, names] = await Promise.all([getJson('api/search?' + query.toString()), labels()]);
      showResults(results, params, names);
      showTrend(results, names);
    } catch (e) {
      $('summary').className = 'summary error';
      $('summary').textContent = e.message;
      $('hits').replaceChildren();
      $('pager').replaceChildren();
      $('facets').replaceChildren();
    }
  }

  function showResults(results, params, names) {
    const offset = Number(params.get('offset') || 0);
    const first = results.hits.length ? results.hits[0].rank : 0;
    const last = results.hits.length ? results.hits[results.hits.length - 1].rank : 0;
    $('summary').textContent = results.totalHits === 0
      ? `No documents match “${results.query}”. Try fewer words, OR, or fewer filters.`
      : `${results.totalHits} documents match “${results.query}”; showing ${first}–${last}.`;
    for (const warning of results.warnings) $('summary').append(el('div', 'facts', warning));

    $('hits').replaceChildren(...results.hits.map((hit) => {
      const link = el('a', null, hit.title || hit.id);
      const target = new URLSearchParams(params);
      target.set('doc', hit.id);
      link.href = '?' + target.toString();
      link.addEventListener('click', (event) => { event.preventDefault(); go(target); });
      const facts = [hit.date, hit.source, hit.docType, hit.language].filter(Boolean).join(' · ');
      const item = el('li', 'hit', el('h3', null, link), el('div', 'facts', facts));
      for (const passage of hit.passages) {
        item.append(el('div', 'passage',
          passage.heading ? el('div', 'heading', passage.heading) : null,
          el('p', 'snippet', marked(passage.snippet))));
      }
      return item;
    }));

    const pager = [];
    const page = (label, to, enabled) => {
      const button = el('button', null, label);
      button.type = 'button';
      button.disabled = !enabled;
      button.addEventListener('click', () => { const p = state(); p.set('offset', String(to)); go(p); });
      return button;
    };
    if (results.totalHits > PAGE_SIZE) {
      pager.push(page('← Previous', Math.max(0, offset - PAGE_SIZE), offset > 0));
      pager.push(el('span', 'facts', `page ${Math.floor(offset / PAGE_SIZE) + 1} of ${Math.ceil(results.totalHits / PAGE_SIZE)}`));
      pager.push(page('Next →', offset + PAGE_SIZE, offset + PAGE_SIZE < results.totalHits));
    }
    $('pager').replaceChildren(...pager);

    const groups = [];
    for (const [field, parameter, title, many] of FACETS) {
      const values = [...(results.facets[field] || [])];
      if (field === 'years') values.sort((a, b) => Number(b.value) - Number(a.value)); // newest first
      if (!values.length) continue;
      const chosen = params.getAll(parameter);
      const list = el('ul', null, ...values.map((facet) => {
        const active = chosen.includes(facet.value);
        const name = parameter === 'topic' ? (names[facet.value] || 'topic ' + facet.value) : facet.value;
        const button = el('button', active ? 'facet active' : 'facet', el('span', 'value', name), el('span', 'count', String(facet.count)));
        button.type = 'button';
        button.dataset.parameter = parameter;
        button.dataset.value = facet.value;
        button.addEventListener('click', () => {
          const p = state();
          const kept = p.getAll(parameter).filter((v) => v !== facet.value);
          p.delete(parameter);
          if (many) kept.forEach((v) => p.append(parameter, v));
          if (!active) p.append(parameter, facet.value);
          p.delete('offset');
          go(p);
        });
        return el('li', null, button);
      }));
      groups.push(el('section', 'facet-group', el('h2', null, title), list));
    }
    $('facets').replaceChildren(...groups);
  }

  /** Lines of the result's three largest topics over the years, from api/trends. */
  async function showTrend(results, names) {
    const topics = (results.facets.topics || []).slice(0, 3).map((f) => Number(f.value));
    if (!topics.length) { $('trend').hidden = true; return; }
    try {
      trends = trends || await getJson('api/trends?by=year');
    } catch {
      $('trend').hidden = true;
      return;
    }
    // The years these results span (by their year facet), so a long history does not squeeze the years that matter.
    const span = (results.facets.years || []).map((f) => Number(f.value));
    const [from, to] = span.length ? [Math.min(...span), Math.max(...span)] : [-Infinity, Infinity];
    const rows = trends.rows.filter((r) => r.documents > 0 && Number(r.row) >= from && Number(r.row) <= to);
    if (rows.length < 2) { $('trend').hidden = true; return; }
    const svgNs = 'http://www.w3.org/2000/svg';
    const svg = $('trend-chart');
    const shape = (tag, attributes) => {
      const e = document.createElementNS(svgNs, tag);
      for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
      return e;
    };
    const [left, top, width, height] = [40, 10, 470, 190];
    const column = (t) => trends.topics.findIndex((x) => x.id === t);
    const max = Math.max(0.01, ...rows.flatMap((r) => topics.map((t) => r.shares[column(t)])));
    const years = rows.map((r) => Number(r.row));
    const [first, last] = [years[0], years[years.length - 1]];
    const x = (year) => left + ((year - first) * width) / Math.max(1, last - first);
    const y = (share) => top + height - (share / max) * height;
    const parts = [shape('line', { class: 'axis', x1: left, y1: top + height, x2: left + width, y2: top + height }),
      shape('line', { class: 'axis', x1: left, y1: top, x2: left, y2: top + height })];
    const label = (text, attributes) => { const t = shape('text', attributes); t.textContent = text; return t; };
    for (let k = 0; k <= 4; k++) {
      const year = Math.round(first + ((last - first) * k) / 4);
      parts.push(shape('line', { class: 'axis', x1: x(year), y1: top + height, x2: x(year), y2: top + height + 4 }));
      parts.push(label(String(year), { x: x(year), y: top + height + 16, 'text-anchor': k === 0 ? 'start' : k === 4 ? 'end' : 'middle' }));
    }
    parts.push(label((max * 100).toFixed(0) + '%', { x: left - 4, y: top + 10, 'text-anchor': 'end' }));
    parts.push(label('0', { x: left - 4, y: top + height, 'text-anchor': 'end' }));
    topics.forEach((t, k) => {
      const points = rows.map((r, i) => `${x(years[i]).toFixed(1)},${y(r.shares[column(t)]).toFixed(1)}`);
      parts.push(shape('polyline', { points: points.join(' '), fill: 'none', stroke: COLORS[k], 'stroke-width': 1.5, 'data-topic': t }));
      rows.forEach((r, i) => parts.push(shape('circle', { cx: x(years[i]).toFixed(1), cy: y(r.shares[column(t)]).toFixed(1), r: 2, fill: COLORS[k] })));
    });
    svg.replaceChildren(...parts);
    $('trend-legend').replaceChildren(...topics.map((t, k) => {
      const swatch = el('span', 'swatch');
      swatch.style.background = COLORS[k];
      return el('li', null, swatch, names[String(t)] || 'topic ' + t);
    }));
    $('trend').hidden = false;
  }

  async function showDocument(id) {
    $('results').hidden = true;
    const view = $('document');
    view.hidden = false;
    view.replaceChildren(el('p', 'summary', '…'));
    const back = el('a', null, '← Back to the results');
    const params = state();
    params.delete('doc');
    back.href = '?' + params.toString();
    back.addEventListener('click', (event) => { event.preventDefault(); go(params); });
    try {
      const shown = await getJson('api/documents/' + encodeURIComponent(id));
      const d = shown.document;
      const facts = [d.id, d.date, d.source, d.docType, d.language].filter(Boolean).join(' · ');
      const body = shown.passages.map((p) => el('section', 'document-passage',
        p.heading ? el('h4', null, p.heading) : null, el('p', 'passage-text', p.text)));
      view.replaceChildren(back, el('h2', null, d.title || d.id), el('div', 'facts', facts), ...body);
    } catch (e) {
      view.replaceChildren(back, el('p', 'summary error', e.message));
    }
  }

  async function suggest() {
    const prefix = $('q').value.trim();
    if (!suggestOn || prefix.length < 1 || prefix.length > 50) return;
    const response = await fetch('api/suggest?q=' + encodeURIComponent(prefix) + '&limit=8');
    if (response.status === 404) { suggestOn = false; return; }
    if (!response.ok) return;
    const body = await response.json();
    const items = Array.isArray(body) ? body : (body.suggestions || []);
    $('suggestions').replaceChildren(...items.map((s) => { const o = document.createElement('option'); o.value = s.text || s.term || String(s); return o; }));
  }

  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = $('q').value.trim();
    if (!q) return;
    const p = new URLSearchParams();
    p.set('q', q);
    go(p);
  });
  $('q').addEventListener('input', () => { suggest().catch(() => {}); });
  window.addEventListener('popstate', render);
  render();
})();
