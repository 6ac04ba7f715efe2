// tei-edition: search over the index in search-index.js (MiniSearch), offline and from file://.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    // One index, or the shards of a large edition, each searched and the hits merged by score.
    var parts = (window.teiEditionSearchShards || []).concat(window.teiEditionSearch ? [window.teiEditionSearch] : []);
    var form = document.querySelector('form.search');
    var input = document.getElementById('q');
    var status = document.getElementById('search-status');
    var results = document.getElementById('search-results');
    if (!parts.length || !window.MiniSearch || !form) return;
    var indexes = parts.map(function (part) { return window.MiniSearch.loadJS(part.index, part.options); });
    function search(query, options) {
      var hits = [];
      indexes.forEach(function (index) { hits = hits.concat(index.search(query, options)); });
      return hits.sort(function (a, b) { return b.score - a.score; });
    }

    function run(query) {
      results.textContent = '';
      if (!query.trim()) { status.textContent = ''; return; }
      var hits = search(query, { prefix: true, fuzzy: 0.15, combineWith: 'AND' });
      status.textContent = hits.length === 1 ? '1 document found.' : hits.length + ' documents found.';
      hits.slice(0, 100).forEach(function (hit) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = 'html/' + encodeURIComponent(hit.id) + '.html';
        a.textContent = hit.title;
        li.appendChild(a);
        var meta = [hit.kind, hit.dateText].filter(Boolean).join(' · ');
        if (meta) {
          var m = document.createElement('p');
          m.className = 'entry-meta';
          m.textContent = meta;
          li.appendChild(m);
        }
        if (hit.summary) {
          var p = document.createElement('p');
          p.className = 'summary';
          p.textContent = hit.summary;
          li.appendChild(p);
        }
        results.appendChild(li);
      });
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      run(input.value);
      var url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      try { history.replaceState(null, '', url); } catch (err) { /* file:// may refuse */ }
    });
    var initial = new URLSearchParams(window.location.search).get('q');
    if (initial) { input.value = initial; run(initial); }
  });
})();
