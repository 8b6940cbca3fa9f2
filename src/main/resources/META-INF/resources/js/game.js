// Live game screens: a WebSocket says when the game changed. A phone's message carries its whole game section,
// rendered by the server, and it is swapped in at once; the host's screen fetches its page again (without script
// the refresh link and forms do the same). A countdown ticks.
(function () {
  'use strict';
  var section = document.getElementById('game');
  if (!section || !('WebSocket' in window)) {
    return;
  }
  var timer = null;
  var socket = null;
  var loading = false;
  var again = false;

  function tick() {
    var el = document.querySelector('[data-countdown]');
    if (timer) {
      clearInterval(timer);
      timer = null;
    }
    if (!el) {
      return;
    }
    var end = Date.now() + parseInt(el.getAttribute('data-countdown'), 10);
    var template = el.textContent.replace(/\d+/, '{s}');
    timer = setInterval(function () {
      var left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      el.textContent = template.replace('{s}', String(left));
      if (left === 0) {
        clearInterval(timer);
        timer = null;
        // the server pushes the close; ask for the page only when the socket is not there to bring it
        setTimeout(function () {
          if (!socket || socket.readyState !== 1) {
            reload();
          }
        }, 400);
      }
    }, 250);
  }

  // Swaps in a freshly rendered game section, unless the player is typing an answer to the same question.
  function show(html, state, index) {
    var current = document.getElementById('game');
    if (!current) {
      return;
    }
    var typing = current.querySelector('input[type=text]:focus');
    if (typing && String(index) === current.getAttribute('data-index')
        && state === current.getAttribute('data-state')) {
      return;
    }
    current.innerHTML = html;
    current.setAttribute('data-state', state);
    current.setAttribute('data-index', String(index));
    var csrf = current.getAttribute('data-csrf');
    Array.prototype.forEach.call(current.querySelectorAll('input[name=csrf]'), function (input) {
      input.value = csrf;
    });
    tick();
  }

  function reload() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    fetch(location.pathname, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('game');
        var current = document.getElementById('game');
        if (fresh && current) {
          var typing = current.querySelector('input[type=text]:focus');
          if (!(typing && fresh.getAttribute('data-index') === current.getAttribute('data-index')
                && fresh.getAttribute('data-state') === current.getAttribute('data-state'))) {
            current.innerHTML = fresh.innerHTML;
            ['data-state', 'data-index'].forEach(function (a) { current.setAttribute(a, fresh.getAttribute(a)); });
          }
        }
        tick();
      })
      .catch(function () { /* the refresh link still works */ })
      .then(function () {
        loading = false;
        if (again) {
          again = false;
          reload();
        }
      });
  }

  function connect(delay) {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + section.getAttribute('data-game-socket'));
    socket.onopen = function () {
      var token = section.getAttribute('data-token');
      if (token) {
        socket.send(JSON.stringify({token: token}));
      }
    };
    socket.onmessage = function (e) {
      var data;
      try {
        data = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      var game = data.game || {};
      if (typeof data.screen === 'string' && section.getAttribute('data-token')) {
        show(data.screen, game.state, game.index);
        return;
      }
      var current = document.getElementById('game');
      var count = document.getElementById('answer-count');
      if (current && String(game.index) === current.getAttribute('data-index')
          && game.state === current.getAttribute('data-state') && game.state === 'QUESTION' && count
          && section.getAttribute('data-token') === null) {
        count.textContent = count.textContent.replace(/\d+/, String(game.answers));
        return;
      }
      if (current && (String(game.index) !== current.getAttribute('data-index')
          || game.state !== current.getAttribute('data-state') || !section.getAttribute('data-token'))) {
        reload();
      }
    };
    socket.onclose = function (e) {
      if (e.code >= 4000) {
        return;
      }
      setTimeout(function () { connect(Math.min(10000, delay * 2)); }, delay);
    };
  }

  tick();
  connect(1000);
}());
