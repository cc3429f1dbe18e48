/* Dossier's own script in the reading pane, installed from Java after each load (the page's
 * Content-Security-Policy forbids any script inside the document). Offsets are UTF-16 offsets into
 * the text of #dossier-text, which equals the article's text. */
(function () {
  if (window.dossier) { return; }
  function root() { return document.getElementById('dossier-text'); }
  function offsetOf(node, offset) {
    var r = document.createRange();
    r.selectNodeContents(root());
    r.setEnd(node, offset);
    return r.toString().length;
  }
  function locate(offset) {
    var walker = document.createTreeWalker(root(), NodeFilter.SHOW_TEXT, null, false);
    var node, seen = 0, last = null;
    while ((node = walker.nextNode())) {
      var len = node.nodeValue.length;
      if (offset <= seen + len) { return { node: node, offset: offset - seen }; }
      seen += len; last = node;
    }
    return last ? { node: last, offset: last.nodeValue.length } : null;
  }
  function scrollToElement(el) {
    if (!el) { return; }
    var rect = el.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + rect.top - window.innerHeight / 3);
  }
  var focused = [], current = -1, hitIndex = -1;
  /* Search hits, one group per hit: a hit split around other highlights has several parts. */
  function hitGroups() {
    var marks = document.querySelectorAll('mark.hit'), groups = [], at = {}, i, key;
    for (i = 0; i < marks.length; i++) {
      key = marks[i].getAttribute('data-hit');
      if (!at.hasOwnProperty(key)) { at[key] = groups.length; groups.push([]); }
      groups[at[key]].push(marks[i]);
    }
    return groups;
  }
  window.dossier = {
    selection: function () {
      var s = window.getSelection();
      if (!root() || !s.rangeCount || s.isCollapsed) { return ''; }
      var r = s.getRangeAt(0), all = document.createRange();
      all.selectNodeContents(root());
      if (r.compareBoundaryPoints(Range.END_TO_START, all) >= 0 || r.compareBoundaryPoints(Range.START_TO_END, all) <= 0) {
        return '';
      }
      var start = r.compareBoundaryPoints(Range.START_TO_START, all) < 0 ? 0 : offsetOf(r.startContainer, r.startOffset);
      var end = r.compareBoundaryPoints(Range.END_TO_END, all) > 0 ? all.toString().length : offsetOf(r.endContainer, r.endOffset);
      return end > start ? start + ',' + end : '';
    },
    select: function (start, end) {
      var a = locate(start), b = locate(end);
      if (!a || !b) { return false; }
      var r = document.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      var s = window.getSelection();
      s.removeAllRanges();
      s.addRange(r);
      scrollToElement(a.node.parentNode);
      return true;
    },
    clearSelection: function () { window.getSelection().removeAllRanges(); },
    markAt: function (x, y) {
      var el = document.elementFromPoint(x, y);
      while (el && el !== document.body) {
        if (el.tagName === 'MARK' && el.classList.contains('entity')) {
          return el.getAttribute('data-id') + '\t' + el.getAttribute('data-type') + '\t' + el.textContent;
        }
        el = el.parentElement;
      }
      return '';
    },
    bookmarkAt: function (x, y) {
      var el = document.elementFromPoint(x, y);
      while (el && el !== document.body) {
        if (el.classList && el.classList.contains('bookmark')) { return el.getAttribute('data-bookmark'); }
        el = el.parentElement;
      }
      return '';
    },
    /* The target of the link at a point (its href, as the article gave it); the pane never follows it. */
    linkAt: function (x, y) {
      var el = document.elementFromPoint(x, y);
      while (el && el !== document.body) {
        if (el.classList && el.classList.contains('link')) { return el.getAttribute('data-href') || ''; }
        el = el.parentElement;
      }
      return '';
    },
    focusEntity: function (id) {
      var i;
      for (i = 0; i < focused.length; i++) { focused[i].classList.remove('focused', 'current'); }
      focused = [];
      current = -1;
      var marks = document.querySelectorAll('mark.entity');
      for (i = 0; i < marks.length; i++) {
        if (marks[i].getAttribute('data-id') === id) { marks[i].classList.add('focused'); focused.push(marks[i]); }
      }
      return focused.length;
    },
    nextMention: function (delta) {
      if (!focused.length) { return -1; }
      if (current >= 0) { focused[current].classList.remove('current'); }
      current = current < 0 ? (delta > 0 ? 0 : focused.length - 1) : (current + delta + focused.length) % focused.length;
      focused[current].classList.add('current');
      scrollToElement(focused[current]);
      return current;
    },
    nextHit: function (delta) {
      var groups = hitGroups(), n = groups.length, i;
      if (!n) { return ''; }
      if (hitIndex >= 0 && hitIndex < n) {
        for (i = 0; i < groups[hitIndex].length; i++) { groups[hitIndex][i].classList.remove('current'); }
      }
      hitIndex = hitIndex < 0 || hitIndex >= n ? (delta > 0 ? 0 : n - 1) : (hitIndex + delta + n) % n;
      for (i = 0; i < groups[hitIndex].length; i++) { groups[hitIndex][i].classList.add('current'); }
      scrollToElement(groups[hitIndex][0]);
      return hitIndex + ',' + n;
    },
    flash: function (bookmarkId) {
      var parts = document.querySelectorAll('[data-bookmark="' + bookmarkId + '"]');
      if (!parts.length) { return false; }
      scrollToElement(parts[0]);
      for (var i = 0; i < parts.length; i++) { parts[i].classList.add('flash'); }
      setTimeout(function () { for (var j = 0; j < parts.length; j++) { parts[j].classList.remove('flash'); } }, 1200);
      return true;
    },
    scrollFraction: function () {
      var max = document.documentElement.scrollHeight - window.innerHeight;
      return max > 0 ? window.scrollY / max : 0;
    },
    setScrollFraction: function (f) {
      var max = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo(0, Math.round(f * Math.max(0, max)));
    }
  };
})();
