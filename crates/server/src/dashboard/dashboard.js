// detente dashboard: fetches the JSON API and draws charts (plotly.js), event
// lists with highlighted evidence, annotated articles and map points.
"use strict";
(function () {
  const QUAD = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict" };
  const QCOLOR = { 1: "#1a7f37", 2: "#0b5cad", 3: "#b35900", 4: "#b42318" };
  const $ = (s, el) => (el || document).querySelector(s);
  const esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") q.set(k, v);
    const url = path + (q.toString() ? "?" + q : "");
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(url + ": HTTP " + r.status);
    return r.json();
  }

  // --- API shapes, normalised in one place ------------------------------------------
  // /api/series: [{period: "2024-04-01" (first day), events, quad_class: [q1..q4], goldstein_sum, goldstein_mean}]
  // (a bare array or {series|points: [...]}); older spellings are accepted too.
  function seriesPoints(json, interval) {
    const rows = Array.isArray(json) ? json : json.series || json.points || json.rows || [];
    return rows.map((p) => {
      const q = p.quad_class || p.quad || p.quad_counts || p.counts || {};
      const qc = (i) => Number((Array.isArray(q) ? q[i - 1] : undefined) ?? p["q" + i] ?? p["quad" + i] ?? q[i] ?? q["q" + i] ?? 0);
      const period = String(p.period ?? p.start ?? p.date ?? "");
      return {
        period,
        interval: interval || p.interval || null,
        from: p.from ?? p.start_day ?? null,
        to: p.to ?? p.end_day ?? p.end ?? null,
        count: Number(p.events ?? p.count ?? [1, 2, 3, 4].reduce((s, i) => s + qc(i), 0)),
        q: [1, 2, 3, 4].map(qc),
        gsum: Number(p.goldstein_sum ?? p.goldstein ?? 0),
        gmean: Number(p.goldstein_mean ?? p.mean_goldstein ?? 0),
      };
    });
  }
  function eventsOf(json) { return Array.isArray(json) ? json : json.events || json.items || []; }
  function nextCursor(json) { return json && !Array.isArray(json) ? json.next_cursor || json.next || null : null; }
  function actorsOf(json) { return Array.isArray(json) ? json : json.actors || json.items || []; }
  function rowsOf(json, key) { return Array.isArray(json) ? json : (json && json[key]) || []; }
  // Form and URL names → the API's event filter names (EventFilter in the store).
  const PARAM = { q: "text", root: "cameo", quad: "quad_class" };
  function eventParams(obj) {
    const out = {};
    for (const [k, v] of Object.entries(obj || {})) if (k !== "page" && v !== undefined && v !== null && v !== "") out[PARAM[k] || k] = v;
    return out;
  }

  // The first and last day of a period: from the API, or from its label ("2024",
  // "2024-04") or its first day and the interval ("2024-04-01" + month).
  const iso = (d) => d.toISOString().slice(0, 10);
  function periodRange(p) {
    if (p.from && p.to) return [String(p.from).slice(0, 10), String(p.to).slice(0, 10)];
    const s = p.period;
    if (/^\d{4}$/.test(s)) return [s + "-01-01", s + "-12-31"];
    if (/^\d{4}-\d{2}$/.test(s)) return periodRange({ period: s + "-01", interval: "month" });
    const [y, m, d] = s.slice(0, 10).split("-").map(Number);
    const end = {
      week: () => new Date(Date.UTC(y, m - 1, d + 6)),
      month: () => new Date(Date.UTC(y, m, 0)),
      quarter: () => new Date(Date.UTC(y, m + 2, 0)),
      year: () => new Date(Date.UTC(y, 11, 31)),
    }[p.interval];
    return [s.slice(0, 10), end ? iso(end()) : s.slice(0, 10)];
  }
  // Where a period is drawn on a date axis: its middle.
  function periodX(p) {
    const [a, b] = periodRange(p);
    const t = (Date.parse(a) + Date.parse(b)) / 2;
    return isNaN(t) ? p.period : iso(new Date(t));
  }

  // --- evidence with highlighted spans ---------------------------------------------
  const enc = new TextEncoder(), dec = new TextDecoder();
  function highlight(text, marks) {
    // marks: [{start, end, cls, title}] over byte offsets of UTF-8 text; on overlap the
    // earlier-listed mark wins.
    const bytes = enc.encode(text);
    const ok = [];
    for (const m of marks) {
      if (!m || !(m.end > m.start) || m.start < 0 || m.end > bytes.length) continue;
      if (ok.some((o) => m.start < o.end && o.start < m.end)) continue;
      ok.push(m);
    }
    ok.sort((a, b) => a.start - b.start);
    let out = "", pos = 0;
    for (const m of ok) {
      out += esc(dec.decode(bytes.slice(pos, m.start)));
      out += `<mark class="${m.cls}"${m.title ? ` title="${esc(m.title)}"` : ""}>${esc(dec.decode(bytes.slice(m.start, m.end)))}</mark>`;
      pos = m.end;
    }
    return out + esc(dec.decode(bytes.slice(pos)));
  }
  // Byte span of the first whole-word occurrence of `needle` in `text` (the event's place
  // name in its sentence), or null.
  function findSpan(text, needle) {
    if (!needle) return null;
    const re = new RegExp("(^|[^\\p{L}\\p{N}])(" + needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")(?![\\p{L}\\p{N}])", "u");
    const m = re.exec(text);
    if (!m) return null;
    const start = enc.encode(text.slice(0, m.index + m[1].length)).length;
    return [start, start + enc.encode(m[2]).length];
  }
  // Date expressions the date resolver reads ("on Tuesday", "March 3", "2024"), found in
  // the sentence: the store keeps the resolved date, not the span.
  const DATE_RE = /\b(?:(?:on|last|next|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?\b/;
  function dateSpan(text) {
    const m = DATE_RE.exec(text);
    if (!m) return null;
    const start = enc.encode(text.slice(0, m.index)).length;
    return [start, start + enc.encode(m[0]).length];
  }

  function eventMarks(e, text) {
    const ev = e.evidence || {};
    const marks = [];
    if (ev.verb) marks.push({ start: ev.verb[0], end: ev.verb[1], cls: "verb", title: "verb · CAMEO " + e.cameo });
    if (e.source && e.source.span) marks.push({ start: e.source.span[0], end: e.source.span[1], cls: "src", title: "source " + e.source.code });
    if (e.target && e.target.span) marks.push({ start: e.target.span[0], end: e.target.span[1], cls: "tgt", title: "target " + e.target.code });
    const place = e.location && findSpan(text, e.location.name);
    if (place) marks.push({ start: place[0], end: place[1], cls: "place", title: "place " + e.location.name });
    const date = e.date && dateSpan(text);
    if (date) marks.push({ start: date[0], end: date[1], cls: "date", title: "date " + e.date });
    return marks;
  }

  function eventHtml(e) {
    const ev = e.evidence || {};
    const text = ev.text || "";
    const actorLink = (p) => `<a href="/actor/${encodeURIComponent(p.country || p.code)}" title="${esc(p.name || "")}">${esc(p.code)}</a>`;
    const src = e.source ? actorLink(e.source) : "?";
    const tgt = e.target ? actorLink(e.target) : "—";
    const loc = e.location ? `<span>at ${esc(e.location.name)}${e.location.country ? ", " + esc(e.location.country) : ""}</span>` : "";
    const date = `<span class="date">${esc(e.date || "undated")}${e.date_precision && e.date_precision !== "day" ? " (" + esc(e.date_precision) + ")" : ""}</span>`;
    const link = e.doc_id ? `<a href="/article/${encodeURIComponent(e.doc_id)}">${esc(e.title || "article")}</a>` : "";
    return `<article class="event" data-event="${esc(e.event_id || e.id)}">
      <div class="meta">${date}<span class="q${e.quad_class}"><b>${src} → ${tgt}</b></span>
      <span><span class="code">${esc(e.cameo)}</span> ${esc(e.cameo_name || (e.plover && e.plover.event_type) || "")}</span>
      <span class="q${e.quad_class}">${QUAD[e.quad_class] || ""} · Goldstein ${esc(e.goldstein)}</span>
      ${e.modality && e.modality !== "asserted" ? `<span>${esc(e.modality)}</span>` : ""}${loc}</div>
      <p class="evidence">${highlight(text, eventMarks(e, text))}</p>
      <div class="meta"><span>rule <span class="code">${esc(ev.rule || "")}</span></span>${link}${e.publisher ? `<span>${esc(e.publisher)}</span>` : ""}</div></article>`;
  }

  const MARK_LEGEND = `<div class="legend marks"><mark class="src">source</mark><mark class="verb">verb</mark><mark class="tgt">target</mark><mark class="date">date</mark><mark class="place">place</mark></div>`;

  async function eventList(el, params) {
    el.setAttribute("aria-busy", "true");
    try {
      const json = await api("/api/events", Object.assign({ limit: 25 }, eventParams(params)));
      const evs = eventsOf(json);
      const cur = nextCursor(json);
      const pageNo = Number(params.page || 1);
      el.innerHTML = (evs.length ? MARK_LEGEND + evs.map(eventHtml).join("") : `<p class="muted">No events match.</p>`) +
        `<div class="pager">${pageNo > 1 ? `<button type="button" data-first>First page</button>` : ""}<span class="muted">Page ${pageNo}</span>${cur ? `<button type="button" data-cursor="${esc(cur)}">Next page</button>` : ""}</div>`;
      const b = el.querySelector("button[data-cursor]");
      const base = Object.assign({}, params); delete base.cursor; delete base.page;
      if (b) b.addEventListener("click", () => { eventList(el, Object.assign({}, base, { cursor: b.dataset.cursor, page: pageNo + 1 })); el.scrollIntoView(); });
      const f = el.querySelector("button[data-first]");
      if (f) f.addEventListener("click", () => { eventList(el, base); el.scrollIntoView(); });
    } catch (err) {
      el.innerHTML = `<p role="alert">Could not load events: ${esc(err.message)}</p>`;
    } finally {
      el.removeAttribute("aria-busy");
    }
  }

  // --- charts --------------------------------------------------------------------
  // plotly.js (4.6 MB) is fetched early (<link rel=preload>) but run only after the page
  // has painted, so it never delays the first paint; charts draw once it has run.
  const plotlyWaiting = [];
  let plotlyRequested = false;
  function whenPlotly(f) {
    if (window.Plotly) return f();
    plotlyWaiting.push(f);
    if (plotlyRequested) return;
    plotlyRequested = true;
    requestAnimationFrame(() => setTimeout(() => {
      const s = document.createElement("script");
      s.src = "/assets/plotly.min.js";
      s.onload = () => { window.detentePlotlyAt = performance.now(); plotlyWaiting.splice(0).forEach((g) => g()); };
      s.onerror = () => document.querySelectorAll(".chart").forEach((c) => { c.innerHTML = `<p role="alert">Could not load the charting library.</p>`; });
      document.head.appendChild(s);
    }, 0));
  }
  const LAYOUT = { margin: { l: 48, r: 56, t: 10, b: 36 }, barmode: "stack", legend: { orientation: "h", y: -0.18 }, font: { family: "system-ui, sans-serif", size: 12 }, hovermode: "closest", xaxis: { type: "date" } };
  const CONFIG = { responsive: true, displaylogo: false };

  function quadBars(points) {
    return [1, 2, 3, 4].map((i) => ({ type: "bar", name: QUAD[i], x: points.map(periodX), y: points.map((p) => p.q[i - 1]), marker: { color: QCOLOR[i] }, customdata: points.map((p) => p.period), hovertemplate: "%{customdata}: %{y} " + QUAD[i].toLowerCase() + "<extra></extra>" }));
  }
  // A chart's text alternative: the busiest periods, for screen readers and no-JS readers.
  function describe(el, pts, what) {
    const top = pts.filter((p) => p.count > 0).sort((a, b) => b.count - a.count).slice(0, 3);
    el.setAttribute("aria-label", `${what}: ${pts.length} periods` + (top.length ? `; busiest ${top.map((p) => `${p.period} (${p.count} events)`).join(", ")}` : "; no events"));
  }

  async function overview() {
    const chart = $("#overview-chart");
    if (!chart) return;
    const form = $("#period");
    const load = async () => {
      const f = Object.fromEntries(new FormData(form));
      const interval = f.interval || "month";
      try {
        const pts = seriesPoints(await api("/api/series", { interval, from: f.from, to: f.to }), interval);
        const total = pts.reduce((s, p) => s + p.count, 0);
        const gs = pts.reduce((s, p) => s + p.gsum, 0);
        $("#stats").innerHTML = `<div class="stat"><b>${total}</b>events</div><div class="stat"><b>${pts.filter((p) => p.count).length}</b>${esc(interval)}s with events</div><div class="stat"><b>${total ? (gs / total).toFixed(2) : "–"}</b>mean Goldstein</div>`;
        describe(chart, pts, "Events per " + interval + " by quad class");
        whenPlotly(() => {
          Plotly.react(chart, quadBars(pts), LAYOUT, CONFIG);
          chart.dataset.points = String(pts.length);
          chart.removeAllListeners && chart.removeAllListeners("plotly_click");
          chart.on("plotly_click", (ev) => {
            const pt = pts.find((x) => x.period === (ev.points && ev.points[0] && ev.points[0].customdata));
            if (!pt) return;
            const [from, to] = periodRange(pt);
            location.href = `/events?from=${from}&to=${to}`;
          });
        });
      } catch (err) { chart.innerHTML = `<p role="alert">${esc(err.message)}</p>`; }
      try {
        const actors = actorsOf(await api("/api/actors", { from: f.from, to: f.to, limit: 15 }));
        $("#top-actors").innerHTML = table(["Actor", "Events", "Mean Goldstein"], actors.map((x) => [`<a href="/actor/${encodeURIComponent(x.code)}">${esc(x.code)}</a> ${esc(x.name || "")}`, esc(x.events ?? x.count), esc(num(x.goldstein_mean ?? x.mean_goldstein))]));
      } catch (err) { $("#top-actors").innerHTML = `<p role="alert">${esc(err.message)}</p>`; }
      try {
        const dyads = rowsOf(await api("/api/dyads", { from: f.from, to: f.to, limit: 15 }), "dyads");
        $("#top-dyads").innerHTML = table(["Dyad", "Events", "Mean Goldstein"], dyads.map((x) => [`<a href="/dyad/${encodeURIComponent(x.a)}/${encodeURIComponent(x.b)}">${esc(x.a)} ↔ ${esc(x.b)}</a>`, esc(x.events), goldsteinCell(x.goldstein_mean)]));
      } catch (err) { $("#top-dyads").innerHTML = `<p role="alert">${esc(err.message)}</p>`; }
    };
    form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
    load();
  }
  const num = (x) => (x == null || isNaN(x) ? "–" : Number(x).toFixed(2));
  const goldsteinCell = (g) => `<span class="${g >= 0 ? "q1" : "q4"}">${esc(num(g))}</span>`;
  function table(head, rows) {
    if (!rows.length) return `<p class="muted">Nothing in this period.</p>`;
    return `<table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
  }

  async function dyad() {
    const chart = $("#dyad-chart");
    if (!chart) return;
    const form = $("#dyad-form");
    const list = $("#event-list");
    const params = () => { const f = Object.fromEntries(new FormData(form)); return { a: f.a.trim().toUpperCase(), b: f.b.trim().toUpperCase(), interval: f.interval || "month" }; };
    const load = async () => {
      const p = params();
      const dyadParam = p.a + "," + p.b;
      let pts, ab = null, ba = null;
      try {
        [pts, ab, ba] = await Promise.all([
          api("/api/series", { dyad: dyadParam, interval: p.interval }).then((j) => seriesPoints(j, p.interval)),
          api("/api/series", { dyad: dyadParam, directed: true, interval: p.interval }).then((j) => seriesPoints(j, p.interval)).catch(() => null),
          api("/api/series", { dyad: p.b + "," + p.a, directed: true, interval: p.interval }).then((j) => seriesPoints(j, p.interval)).catch(() => null),
        ]);
      } catch (err) { chart.innerHTML = `<p role="alert">${esc(err.message)}</p>`; return; }
      const total = pts.reduce((s, x) => s + x.count, 0);
      const gsum = pts.reduce((s, x) => s + x.gsum, 0);
      $("#dyad-stats").innerHTML = `<div class="stat"><b>${total}</b>events</div><div class="stat"><b>${total ? (gsum / total).toFixed(2) : "–"}</b>mean Goldstein</div>` +
        (ab && ba ? `<div class="stat"><b>${ab.reduce((s, x) => s + x.count, 0)}</b>${esc(p.a)} → ${esc(p.b)}</div><div class="stat"><b>${ba.reduce((s, x) => s + x.count, 0)}</b>${esc(p.b)} → ${esc(p.a)}</div>` : "");
      describe(chart, pts, `Events between ${p.a} and ${p.b} per ${p.interval}`);
      const line = (name, series, color, dash, y) => ({ type: "scatter", mode: "lines+markers", name, x: series.map(periodX), y: series.map(y), yaxis: "y2", line: { color, dash }, marker: { size: 7 }, customdata: series.map((x) => x.period), hovertemplate: "%{customdata}: %{y:.1f}<extra>" + name + "</extra>" });
      const traces = [line("Goldstein sum", pts, "#1b1f24", "solid", (x) => x.gsum), line("Goldstein mean", pts, "#6d28d9", "dot", (x) => x.gmean)];
      if (ab && ba) {
        traces.push(line(`${p.a}→${p.b} Goldstein sum`, ab, "#0f766e", "dash", (x) => x.gsum));
        traces.push(line(`${p.b}→${p.a} Goldstein sum`, ba, "#c2410c", "dash", (x) => x.gsum));
      }
      traces.push(...quadBars(pts));
      const layout = Object.assign({}, LAYOUT, { yaxis: { title: { text: "events" } }, yaxis2: { title: { text: "Goldstein" }, overlaying: "y", side: "right", zeroline: true, zerolinecolor: "#888" } });
      whenPlotly(() => {
        Plotly.react(chart, traces, layout, CONFIG);
        chart.dataset.points = String(pts.length);
        chart.removeAllListeners && chart.removeAllListeners("plotly_click");
        chart.on("plotly_click", (ev) => {
          const period = ev.points && ev.points[0] && ev.points[0].customdata;
          const pt = pts.find((x) => x.period === period);
          if (!pt) return;
          const [from, to] = periodRange(pt);
          $("#list-title").textContent = `Events ${from} to ${to}`;
          list.dataset.period = pt.period;
          eventList(list, { dyad: dyadParam, from, to });
        });
      });
      $("#list-title").textContent = "Events";
      eventList(list, { dyad: dyadParam });
    };
    form.addEventListener("submit", (e) => { e.preventDefault(); const p = params(); history.replaceState(null, "", `/dyad/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}`); $("h1").textContent = `Dyad ${p.a} ↔ ${p.b}`; load(); });
    load();
  }

  async function actor() {
    const chart = $("#actor-chart");
    if (!chart) return;
    const code = chart.dataset.actor;
    try {
      const pts = seriesPoints(await api("/api/series", { actor: code, interval: "month" }), "month");
      describe(chart, pts, `Events involving ${code} per month`);
      whenPlotly(() => { Plotly.react(chart, quadBars(pts), LAYOUT, CONFIG); chart.dataset.points = String(pts.length); });
    } catch (err) { chart.innerHTML = `<p role="alert">${esc(err.message)}</p>`; }
    try {
      const d = rowsOf(await api("/api/dyads", { actor: code, limit: 20 }), "dyads");
      const rows = d.map((x) => {
        const other = x.a === code ? x.b : x.b === code ? x.a : `${x.a}–${x.b}`;
        const link = x.a === code || x.b === code ? `/dyad/${encodeURIComponent(code)}/${encodeURIComponent(other)}` : `/dyad/${encodeURIComponent(x.a)}/${encodeURIComponent(x.b)}`;
        const bar = (x.quad_class || []).map((n, i) => n ? `<span class="q${i + 1}" title="${QUAD[i + 1]}">${n}</span>` : "").join(" ");
        return [`<a href="${link}">${esc(other)}</a>`, esc(x.events), `<span class="quads">${bar}</span>`, goldsteinCell(x.goldstein_mean)];
      });
      $("#counterparts").innerHTML = table(["Counterpart", "Events", "By quad class", "Mean Goldstein"], rows);
    } catch (err) { $("#counterparts").innerHTML = `<p role="alert">${esc(err.message)}</p>`; }
    eventList($("#event-list"), { actor: code });
  }

  function eventsPage() {
    const form = $("#event-filters");
    if (!form) return;
    const q = new URLSearchParams(location.search);
    for (const el of form.elements) if (el.name && q.has(el.name)) el.value = q.get(el.name);
    const load = () => eventList($("#event-list"), Object.fromEntries(new FormData(form)));
    form.addEventListener("submit", (e) => { e.preventDefault(); const p = new URLSearchParams([...new FormData(form)].filter(([, v]) => v)); history.replaceState(null, "", "/events?" + p); load(); });
    load();
  }

  async function articlePage() {
    const el = $("#article");
    if (!el) return;
    try {
      const a = await api("/api/articles/" + encodeURIComponent(el.dataset.id));
      const art = a.article || a;
      const text = art.text || "";
      const bytes = enc.encode(text);
      const span = (x) => (Array.isArray(x) ? x : x && [x.start, x.end]);
      const evs = art.events || a.events || [];
      // Event roles first (they win on overlap), then every other actor mention.
      const marks = [];
      for (const e of evs) {
        const v = span(e.verb || e.verb_span), s = span(e.source), t = span(e.target);
        if (v) marks.push({ start: v[0], end: v[1], cls: "verb", title: `CAMEO ${e.cameo}: ${e.source_code || ""} → ${e.target_code || ""}` });
        if (s) marks.push({ start: s[0], end: s[1], cls: "src", title: `source ${e.source_code || ""} of CAMEO ${e.cameo}` });
        if (t) marks.push({ start: t[0], end: t[1], cls: "tgt", title: `target ${e.target_code || ""} of CAMEO ${e.cameo}` });
      }
      for (const m of art.mentions || a.mentions || []) { const s = span(m.span || m); if (s) marks.push({ start: s[0], end: s[1], cls: "actor", title: `${m.code} · ${m.name || ""} (${m.kind || "mention"})` }); }
      const sentences = art.sentences || [];
      const evRows = evs.map((e) => {
        const r = sentences[e.sentence];
        const sent = r ? dec.decode(bytes.slice(r[0], r[1])) : "";
        const rel = (x) => (x && r ? [x[0] - r[0], x[1] - r[0]] : null);
        const rec = { event_id: e.event_id, cameo: e.cameo, quad_class: e.quad_class, goldstein: e.goldstein, modality: e.modality, date: art.date,
          source: { code: e.source_code, span: rel(span(e.source)) }, target: e.target_code ? { code: e.target_code, span: rel(span(e.target)) } : null,
          evidence: { text: sent, verb: rel(span(e.verb)), rule: e.rule || "" } };
        return eventHtml(rec);
      });
      const dup = art.canonical ? `<p class="muted">Near-duplicate of <a href="/article/${encodeURIComponent(art.canonical)}">${esc(art.canonical)}</a></p>` : "";
      el.innerHTML = `<h1>${esc(art.title || art.id || el.dataset.id)}</h1>
        <p class="muted">${esc(art.date || "")} · ${esc(art.publisher || "")} ${art.url ? `· <a href="${esc(art.url)}" rel="noopener">original</a>` : ""} · ${(art.mentions || []).length} actor mentions, ${evs.length} events</p>${dup}
        <div class="legend marks"><mark class="actor">actor mention</mark><mark class="src">event source</mark><mark class="verb">event verb</mark><mark class="tgt">event target</mark></div>
        <div class="article-text">${highlight(text, marks)}</div>
        <h2>Events (${evs.length})</h2>${evRows.join("") || `<p class="muted">No events were coded in this article.</p>`}`;
      document.title = (art.title || "Article") + " · detente";
    } catch (err) { el.innerHTML = `<p role="alert">Could not load the article: ${esc(err.message)}</p>`; }
  }

  async function mapPage() {
    const svg = $("#map");
    if (!svg) return;
    const form = $("#map-filters");
    const load = async () => {
      const f = Object.fromEntries(new FormData(form));
      const g = $("#points");
      try {
        const places = rowsOf(await api("/api/places", { from: f.from, to: f.to, actor: f.actor }), "places");
        const max = Math.max(1, ...places.map((p) => p.events || p.count || 1));
        // Biggest first, so small points stay on top and clickable.
        const sorted = places.slice().sort((a, b) => (b.events || 0) - (a.events || 0));
        g.innerHTML = sorted.map((p) => {
          const x = (Number(p.lon) + 180) * (1000 / 360), y = (90 - Number(p.lat)) * (1000 / 360);
          const n = p.events || p.count || 1;
          const r = 2.5 + 9 * Math.sqrt(n / max);
          const q = p.dominant_quad || (typeof p.quad_class === "number" ? p.quad_class : 1);
          return `<circle tabindex="0" role="button" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${QCOLOR[q]}" data-name="${esc(p.name)}" aria-label="${esc(p.name)}: ${n} events, mostly ${QUAD[q].toLowerCase()}"><title>${esc(p.name)}${p.country ? ", " + esc(p.country) : ""}: ${n} events, mostly ${QUAD[q].toLowerCase()}</title></circle>`;
        }).join("");
        svg.dataset.points = String(places.length);
        $("#map-summary").textContent = places.length ? `${places.length} places, ${places.reduce((s, p) => s + (p.events || 0), 0)} located events. Select a point to list its events.` : "No located events for these filters.";
        const pick = (c) => { $("#list-title").textContent = "Events in " + c.dataset.name; eventList($("#event-list"), { place: c.dataset.name, from: f.from, to: f.to, actor: f.actor }); };
        g.querySelectorAll("circle").forEach((c) => { c.addEventListener("click", () => pick(c)); c.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(c); } }); });
      } catch (err) { g.innerHTML = ""; $("#event-list").innerHTML = `<p role="alert">${esc(err.message)}</p>`; }
    };
    form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
    load();
  }

  document.addEventListener("DOMContentLoaded", () => { overview(); dyad(); actor(); eventsPage(); articlePage(); mapPage(); });
})();
