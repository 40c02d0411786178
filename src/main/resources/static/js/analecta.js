// Small progressive enhancements; every page works without this file (CSP forbids inline scripts,
// so all behaviour lives here).
(function () {
	'use strict';

	// Speaker suggestions: fill the <datalist> behind any input[data-suggest] from a JSON endpoint.
	function wireSuggestions(input) {
		var list = document.getElementById(input.getAttribute('list'));
		var url = input.getAttribute('data-suggest');
		if (!list || !url) return;
		var timer = null, last = '';
		input.addEventListener('input', function () {
			var q = input.value.trim();
			if (q.length < 2 || q === last) return;
			clearTimeout(timer);
			timer = setTimeout(function () {
				last = q;
				fetch(url + '?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
					.then(function (r) { return r.ok ? r.json() : []; })
					.then(function (names) {
						list.replaceChildren();
						names.forEach(function (s) {
							var option = document.createElement('option');
							option.value = typeof s === 'string' ? s : s.name;
							list.appendChild(option);
						});
					})
					.catch(function () { /* suggestions are optional */ });
			}, 150);
		});
	}

	// Filter a list in place (speaker index): hides items whose text lacks the typed words.
	function wireFilter(input) {
		var target = document.getElementById(input.getAttribute('data-filter'));
		if (!target) return;
		input.addEventListener('input', function () {
			var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
			target.querySelectorAll('[data-name]').forEach(function (item) {
				var name = item.getAttribute('data-name').toLowerCase();
				item.hidden = !words.every(function (w) { return name.indexOf(w) >= 0; });
			});
			target.querySelectorAll('.letter-group').forEach(function (group) {
				group.hidden = !group.querySelector('[data-name]:not([hidden])');
			});
		});
	}

	// Destructive admin actions ask first (the form still works without JS: the server needs
	// the explicit confirmation field in that case).
	function wireConfirm(form) {
		form.addEventListener('submit', function (e) {
			if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
		});
	}

	// Upload: refuse too-large or unexpected files before sending, with the same message the server gives.
	function wireUpload(input) {
		var max = parseInt(input.getAttribute('data-max-bytes'), 10);
		var out = document.getElementById(input.getAttribute('data-message'));
		input.addEventListener('change', function () {
			var problems = [];
			var total = 0;
			Array.prototype.forEach.call(input.files, function (f) {
				total += f.size;
				if (max && f.size > max) problems.push(f.name + ': ' + input.getAttribute('data-too-large'));
				else if (!/\.(html?|txt)$/i.test(f.name) && !/^text\//.test(f.type)) problems.push(f.name + ': ' + input.getAttribute('data-bad-type'));
			});
			var maxTotal = parseInt(input.getAttribute('data-max-total'), 10);
			if (maxTotal && total > maxTotal) problems.push(input.getAttribute('data-too-much'));
			if (out) out.textContent = problems.join(' ');
			input.setCustomValidity(problems.length ? problems.join(' ') : '');
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('input[data-suggest]').forEach(wireSuggestions);
		document.querySelectorAll('input[data-filter]').forEach(wireFilter);
		document.querySelectorAll('form[data-confirm]').forEach(wireConfirm);
		document.querySelectorAll('input[type=file][data-max-bytes]').forEach(wireUpload);
	});
})();

// A page showing a running background job reloads itself to show the progress.
document.querySelectorAll('[data-refresh-seconds]').forEach(function (el) {
	var seconds = parseInt(el.getAttribute('data-refresh-seconds'), 10);
	if (seconds > 0) {
		setTimeout(function () { window.location.reload(); }, seconds * 1000);
	}
});
