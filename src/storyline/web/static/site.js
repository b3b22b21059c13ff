// storyline web: highlight the sentence a link points to (same behaviour as the brief page).
(function () {
  function highlight(id) {
    document.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
    var el = id && document.getElementById(id);
    if (el) { el.classList.add('hl'); el.scrollIntoView({block: 'center'}); }
  }
  window.addEventListener('hashchange', function () { highlight(decodeURIComponent(location.hash.slice(1))); });
  if (location.hash) highlight(decodeURIComponent(location.hash.slice(1)));
})();
