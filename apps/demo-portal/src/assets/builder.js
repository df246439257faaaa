// Embed builder (nhung-ma.html): pick a widget, a unit among all commune-level units (searched
// through GET /v1/units?q=, which folds diacritics), a theme and a language; see the widget live
// and copy the snippet. Plain DOM (no innerHTML: the page enforces Trusted Types).
(function () {
  'use strict';
  var origin = location.origin;
  var $ = function (id) { return document.getElementById(id); };
  var form = $('builder-form');
  var search = $('unit-search');
  var select = $('unit-select');
  var count = $('unit-count');
  var preview = $('preview');
  var code = $('snippet-code');
  var copyBtn = $('copy');
  var copyStatus = $('copy-status');
  if (!form || !search || !select || !preview || !code) return;

  var FALLBACK = {
    'mc-procedure-lookup': ['https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html', 'Tra cứu thủ tục hành chính trên Cổng Dịch vụ công quốc gia'],
    'mc-dossier-checklist': ['https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html', 'Xem thành phần hồ sơ trên Cổng Dịch vụ công quốc gia'],
    'mc-status-tracker': ['https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html', 'Tra cứu hồ sơ trên Cổng Dịch vụ công quốc gia'],
    'mc-satisfaction-survey': ['https://dichvucong.gov.vn/p/home/dvc-danh-gia.html', 'Đánh giá trên Cổng Dịch vụ công quốc gia'],
    'mc-service-index': ['https://dichvucong.gov.vn/p/home/dvc-index-tinhtp-tonghop.html', 'Xem Bộ chỉ số phục vụ người dân, doanh nghiệp'],
    'mc-feedback': ['https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html', 'Gửi phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia'],
  };
  var manifest = null;

  function value(name) {
    var el = form.elements.namedItem(name);
    if (!el) return '';
    if (el instanceof RadioNodeList) return el.value;
    return el.type === 'checkbox' ? (el.checked ? 'on' : '') : el.value;
  }

  /** The widget's own attributes, besides the snippet's data-*. */
  function widgetAttributes(tag) {
    var attrs = [];
    if (tag === 'mc-dossier-checklist') attrs.push(['procedure', ($('procedure-code').value || '').trim() || '1.001193']);
    if (tag === 'mc-satisfaction-survey') attrs.push(['mode', $('survey-mode').value]);
    return attrs;
  }

  function escapeAttr(s) {
    return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }
  function escapeText(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  }

  function scriptSrc() {
    if (value('pin') && manifest) return origin + '/cdn/' + manifest.version + '/' + manifest.entry;
    return origin + '/cdn/v1/embed.js';
  }

  /**
   * Iframe form (scripts/embed-pages.mjs): per widget name, the page's titles and a fixed height
   * that fits the widget's first view — the product server's own table (scripts/embed-widgets.json),
   * written in here by the portal's build (scripts/build.mjs).
   */
  var FRAMES = /* embed-widgets.json */ {};

  function iframeText() {
    var tag = value('widget');
    var params = [['unit', select.value || '25459'], ['theme', $('theme').value], ['lang', $('lang').value]].concat(widgetAttributes(tag));
    var name = tag.slice(3);
    var src = origin + '/embed/' + name + '?' + params.map(function (p) { return p[0] + '=' + encodeURIComponent(p[1]); }).join('&');
    return '<iframe src="' + escapeAttr(src) + '" title="' + escapeAttr(FRAMES[name].vi) + '" width="100%" height="' + FRAMES[name].height + '" loading="lazy"></iframe>' +
      '\n<!-- Nếu trang cho phép, thêm dòng sau để khung tự điều chỉnh chiều cao: -->' +
      '\n<script src="' + escapeAttr(origin + '/cdn/v1/embed-frame.js') + '" async></script>';
  }

  function snippetText() {
    if (value('form') === 'iframe') return iframeText();
    var tag = value('widget');
    var unit = select.value || '25459';
    var theme = $('theme').value;
    var lang = $('lang').value;
    var fallback = FALLBACK[tag];
    var script = '<script type="module" src="' + escapeAttr(scriptSrc()) + '"';
    if (value('pin') && manifest && manifest.files[manifest.entry]) {
      script += ' integrity="' + manifest.files[manifest.entry].integrity + '" crossorigin="anonymous"';
    }
    script += '\n  data-api="' + escapeAttr(origin) + '" data-unit="' + escapeAttr(unit) + '" data-theme="' + escapeAttr(theme) + '"';
    if (lang !== 'vi') script += ' data-lang="' + escapeAttr(lang) + '"';
    script += '></script>';
    var open = '<' + tag;
    widgetAttributes(tag).forEach(function (a) { open += ' ' + a[0] + '="' + escapeAttr(a[1]) + '"'; });
    open += '>';
    return script + '\n' + open + '\n  <a href="' + escapeAttr(fallback[0]) + '">' + escapeText(fallback[1]) + '</a>\n</' + tag + '>';
  }

  /** A new widget element each time: the loader configures an element once. */
  function renderPreview() {
    var tag = value('widget');
    var el = document.createElement(tag);
    el.setAttribute('api', origin);
    el.setAttribute('unit', select.value || '25459');
    el.setAttribute('theme', $('theme').value);
    el.setAttribute('lang', $('lang').value);
    widgetAttributes(tag).forEach(function (a) { el.setAttribute(a[0], a[1]); });
    var link = document.createElement('a');
    link.href = FALLBACK[tag][0];
    link.textContent = FALLBACK[tag][1];
    el.appendChild(link);
    preview.replaceChildren(el);
  }

  function update(withPreview) {
    var tag = value('widget');
    $('procedure-field').hidden = tag !== 'mc-dossier-checklist';
    $('mode-field').hidden = tag !== 'mc-satisfaction-survey';
    $('pin-field').hidden = value('form') === 'iframe';
    code.textContent = snippetText();
    if (copyStatus) copyStatus.textContent = '';
    if (withPreview !== false) renderPreview();
  }

  // --- Unit search: debounced, stale requests aborted
  var timer = 0;
  var inflight = null;
  function optionFor(u) {
    var o = document.createElement('option');
    o.value = u.code;
    o.textContent = (u.fullName || u.name) + ' – ' + u.provinceName + ' (' + u.code + ')';
    return o;
  }
  function searchUnits() {
    var q = search.value.trim();
    if (inflight) inflight.abort();
    if (q.length < 2) {
      count.textContent = q.length ? 'Gõ ít nhất 2 ký tự.' : '';
      return;
    }
    var ctrl = new AbortController();
    inflight = ctrl;
    count.textContent = 'Đang tìm…';
    fetch(origin + '/v1/units?limit=50&q=' + encodeURIComponent(q), { signal: ctrl.signal, headers: { accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      })
      .then(function (data) {
        if (ctrl !== inflight) return;
        inflight = null;
        var keep = select.value;
        var options = data.items.map(optionFor);
        select.replaceChildren.apply(select, options);
        if (options.length) {
          var found = data.items.some(function (u) { return u.code === keep; });
          select.value = found ? keep : data.items[0].code;
        }
        count.textContent = data.total === 0
          ? 'Không tìm thấy đơn vị nào.'
          : 'Tìm thấy ' + data.total.toLocaleString('vi-VN') + ' đơn vị' + (data.total > data.items.length ? ', hiển thị ' + data.items.length + ' đơn vị đầu' : '') + '.';
        if (options.length) update();
      })
      .catch(function (e) {
        if (e && e.name === 'AbortError') return;
        count.textContent = 'Không tải được danh sách đơn vị. Kiểm tra kết nối rồi thử lại.';
      });
  }
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(searchUnits, 250);
  });

  form.addEventListener('change', function (e) {
    var t = e.target;
    update(!(t && (t.id === 'pin' || t.name === 'form')));
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  $('procedure-code').addEventListener('input', function () { update(false); });

  if (copyBtn) {
    copyBtn.addEventListener('click', function () {
      var text = code.textContent;
      var done = function () { copyStatus.textContent = 'Đã sao chép. Dán vào trang ở chế độ HTML.'; };
      var manual = function () {
        var range = document.createRange();
        range.selectNodeContents(code);
        var sel = getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        copyStatus.textContent = 'Không sao chép tự động được: đoạn mã đã được chọn, nhấn Ctrl+C.';
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, manual);
      else manual();
    });
  }

  fetch(origin + '/cdn/v1/manifest.json')
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (m) { manifest = m; if (m) update(false); })
    .catch(function () { /* pinning shows the moving alias */ });

  update();
})();
