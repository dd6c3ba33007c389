/* crosswire findings filter: plain JavaScript, no framework, works from file://.
   Hides the findings of this page that do not match the chosen kind, severity, outlet and
   language; keeps the choice in the address (#kind=...) so the pager links carry it.
   Without JavaScript the form stays hidden and every finding is shown. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var keys = ["kind", "severity", "outlet", "language"];
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-finding]"));
  var counter = document.getElementById("shown-count");
  var noMatch = document.getElementById("no-match");
  var pagerLinks = Array.prototype.slice.call(document.querySelectorAll(".pager a"));

  function chosen() {
    var state = {};
    keys.forEach(function (key) { state[key] = form.elements[key].value; });
    return state;
  }

  function matches(row, state) {
    return keys.every(function (key) {
      return !state[key] || row.getAttribute("data-" + key) === state[key];
    });
  }

  function toHash(state) {
    var params = new URLSearchParams();
    keys.forEach(function (key) { if (state[key]) { params.set(key, state[key]); } });
    return params.toString();
  }

  function remember(hash) {
    try {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (e) {
      location.hash = hash;
    }
    pagerLinks.forEach(function (link) {
      var base = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", hash ? base + "#" + hash : base);
    });
  }

  function apply() {
    var state = chosen();
    var shown = 0;
    rows.forEach(function (row) {
      var visible = matches(row, state);
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    if (counter) { counter.textContent = String(shown); }
    if (noMatch) { noMatch.hidden = shown !== 0 || rows.length === 0; }
    remember(toHash(state));
  }

  function restore() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    keys.forEach(function (key) {
      var value = params.get(key);
      var select = form.elements[key];
      if (value === null) { return; }
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      if (!known) {  /* a value from another page: keep it selectable so the filter holds */
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      }
      select.value = value;
    });
  }

  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  restore();
  apply();
}());
