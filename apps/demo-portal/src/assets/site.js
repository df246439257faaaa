// The ward site's own script (a classic script, not part of Một Cửa): date line, the language
// toggle for the public-service widgets, and the procedure code of thu-tuc.html from ?ma=.
// It runs before the embed loader (a module script runs after the page is parsed), so the
// widgets start in the chosen language and with the right procedure.
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY = 'tanninh-widget-lang';

  // --- Date line, as on every commune site
  var dateEl = document.getElementById('topbar-date');
  if (dateEl) {
    var days = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    dateEl.textContent = days[d.getDay()] + ', ' + pad(d.getDate()) + '/' + pad(d.getMonth() + 1) + '/' + d.getFullYear();
  }

  // --- Language of the widgets: lang="en" on <html>; the site's own text keeps lang="vi" blocks.
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { /* private mode */ }
  function setLang(lang) {
    root.setAttribute('lang', lang);
    var btn = document.getElementById('lang-toggle');
    if (btn) btn.setAttribute('aria-pressed', lang === 'en' ? 'true' : 'false');
    try { localStorage.setItem(KEY, lang); } catch (e) { /* ignore */ }
  }
  if (stored === 'en' || stored === 'vi') setLang(stored);
  var toggle = document.getElementById('lang-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      setLang(root.getAttribute('lang') === 'en' ? 'vi' : 'en');
    });
  }

  // --- thu-tuc.html?ma=1.001193: the procedure of the checklist
  var checklist = document.getElementById('checklist');
  if (checklist) {
    var ma = new URLSearchParams(location.search).get('ma');
    ma = ma ? ma.trim() : '';
    if (/^[0-9A-Za-z._-]{1,32}$/.test(ma)) {
      checklist.setAttribute('procedure', ma);
      var crumb = document.getElementById('crumb-code');
      if (crumb) crumb.textContent = 'Thủ tục mã ' + ma;
      document.title = 'Thủ tục mã ' + ma + ' – Cổng thông tin điện tử Phường Tân Ninh';
    } else {
      checklist.remove();
      var notice = document.getElementById('no-code');
      if (notice) notice.hidden = false;
    }
  }
})();
