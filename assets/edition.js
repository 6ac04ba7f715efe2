// tei-edition: small progressive enhancements. Every page is complete without this script.
(function () {
  'use strict';

  // Names: a popover with the standard name, role and authority links, from the page's hidden
  // entity cards (the link's title attribute is the tooltip when this script does not run).
  function namePopovers() {
    var popover = null;
    var hideTimer = null;
    function hide() {
      if (popover) { popover.remove(); popover = null; }
    }
    function show(link) {
      var card = document.getElementById(link.getAttribute('data-card'));
      if (!card) return;
      hide();
      popover = document.createElement('div');
      popover.className = 'entity-popover';
      popover.setAttribute('role', 'tooltip');
      popover.id = 'entity-popover';
      popover.innerHTML = card.innerHTML;
      document.body.appendChild(popover);
      var r = link.getBoundingClientRect();
      var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 8);
      popover.style.left = Math.max(8, left) + 'px';
      popover.style.top = (window.scrollY + r.bottom + 6) + 'px';
      link.setAttribute('aria-describedby', 'entity-popover');
      popover.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
      popover.addEventListener('mouseleave', function () { hideTimer = setTimeout(hide, 200); });
    }
    document.querySelectorAll('a.name[data-card]').forEach(function (link) {
      if (!document.getElementById(link.getAttribute('data-card'))) return;
      link.removeAttribute('title');
      link.addEventListener('mouseenter', function () { clearTimeout(hideTimer); show(link); });
      link.addEventListener('focus', function () { show(link); });
      link.addEventListener('mouseleave', function () { hideTimer = setTimeout(hide, 300); });
      link.addEventListener('blur', function () { link.removeAttribute('aria-describedby'); hideTimer = setTimeout(hide, 300); });
    });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  }

  // The list of documents: filters by kind and year.
  function documentFilters() {
    var form = document.querySelector('form.filters');
    if (!form) return;
    form.hidden = false;
    var entries = document.querySelectorAll('.document-entry');
    function apply() {
      var kind = form.elements.kind.value;
      var year = form.elements.year.value;
      var shown = 0;
      entries.forEach(function (entry) {
        var visible = (!kind || entry.getAttribute('data-kind') === kind) && (!year || entry.getAttribute('data-year') === year);
        entry.hidden = !visible;
        if (visible) shown++;
      });
      document.querySelectorAll('section.year').forEach(function (section) {
        section.hidden = !section.querySelector('.document-entry:not([hidden])');
      });
      form.elements.count.value = shown + ' shown';
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    namePopovers();
    documentFilters();
  });
})();
