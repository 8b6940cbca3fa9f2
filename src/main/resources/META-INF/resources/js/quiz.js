// Progressive enhancement for quiz pages; everything works without it (forms post, links load pages).
// With it, a practice question is answered with one tap or one key (1–9, A–I), the feedback and the next
// question replace the page's main content in place, and the address follows.
(() => {
  let timerHandle = null;

  function ownsItsKeys(target) {
    return !!target && (target.isContentEditable || ['A', 'BUTTON', 'TEXTAREA', 'SELECT'].includes(target.tagName)
      || (target.tagName === 'INPUT' && !['radio', 'checkbox'].includes(target.type)));
  }

  // A countdown next to the deadline of a timed test; at zero, show the results (the server ends the attempt).
  // Screen readers hear the time left once at five minutes and once at one minute.
  function startTimer() {
    window.clearTimeout(timerHandle);
    const timer = document.querySelector('.timer[data-deadline]');
    if (!timer) {
      return;
    }
    const deadline = Date.parse(timer.dataset.deadline);
    const left = timer.querySelector('.timer-left');
    const alert = document.getElementById('timer-alert');
    const alerts = [[5 * 60000, timer.dataset.alertFive], [60000, timer.dataset.alertOne]];
    let announced = alerts.filter(([at]) => deadline - Date.now() <= at).length;
    const tick = () => {
      const ms = deadline - Date.now();
      while (announced < alerts.length && ms <= alerts[announced][0]) {
        alert.textContent = alerts[announced][1];
        announced++;
      }
      timer.classList.toggle('urgent', ms <= 60000);
      if (ms <= 0) {
        left.textContent = '(0:00)';
        // a moment's grace so the server's clock has passed the deadline too
        timerHandle = window.setTimeout(() => window.location.assign(timer.dataset.resultUrl), 1500);
        return;
      }
      const s = Math.floor(ms / 1000);
      left.textContent = '(' + Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') + ')';
      timerHandle = window.setTimeout(tick, 1000 - (ms % 1000));
    };
    tick();
  }

  // The time left of a timed test elsewhere (the resume card), as m:ss; at zero the page is loaded again, and the
  // server, whose clock decides, shows the test as finished.
  function startCountdowns() {
    document.querySelectorAll('.countdown[data-deadline]').forEach((countdown) => {
      const deadline = Date.parse(countdown.dataset.deadline);
      const tick = () => {
        const ms = deadline - Date.now();
        if (ms <= 0) {
          countdown.textContent = '0:00';
          window.setTimeout(() => window.location.reload(), 1500);
          return;
        }
        const s = Math.floor(ms / 1000);
        countdown.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
        window.setTimeout(tick, 1000 - (ms % 1000));
      };
      tick();
    });
  }

  // Replaces <main> with the one of the page at url (fetched with init) and moves the address there.
  async function swapTo(url, init, hash) {
    const response = await fetch(url, Object.assign({ credentials: 'same-origin', headers: { Accept: 'text/html' } }, init));
    if (response.status >= 500) {
      throw new Error('server ' + response.status);
    }
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const main = doc.querySelector('main');
    if (!main) {
      throw new Error('no page');
    }
    document.querySelector('main').replaceWith(main);
    document.title = doc.title;
    window.history.pushState({ inPlace: true }, '', response.url.split('#')[0] + (hash || ''));
    enhance();
    const focus = document.getElementById('feedback') || document.getElementById('question-counter');
    if (focus) {
      focus.setAttribute('tabindex', '-1');
      focus.focus();
    }
  }

  // Posts the answer in place; a failed request is retried and the learner sees it is pending, not saved.
  async function answerInPlace(form) {
    const body = new URLSearchParams(new FormData(form));
    form.querySelectorAll('input, button, select').forEach((e) => { e.disabled = true; });
    const notice = document.createElement('p');
    notice.className = 'notice saved';
    notice.id = 'answer-pending';
    notice.setAttribute('role', 'status');
    notice.textContent = form.dataset.pending;
    form.after(notice);
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        await swapTo(form.action, { method: 'POST', body }, '#feedback');
        return;
      } catch (e) {
        notice.textContent = form.dataset.retrying;
        await new Promise((resolve) => window.setTimeout(resolve, 500 * 2 ** attempt));
      }
    }
    // still failing: leave it to the browser, which shows its own error and keeps the form
    form.querySelectorAll('input, button, select').forEach((e) => { e.disabled = false; });
    HTMLFormElement.prototype.submit.call(form);
  }


  // An ordering question as a list to reorder: drag an item (mouse or touch, by its handle), or focus it and
  // press "lên"/"xuống" or Alt+↑/↓. Hidden "pos" fields follow the list, so the form posts what it posts
  // without JavaScript; a screen reader hears each item's new place.
  function enhanceOrder(list) {
    const rows = [...list.querySelectorAll('li[data-id]')];
    const given = rows.map((r) => Number(r.dataset.position));
    if (given.every((p) => p > 0) && new Set(given).size === rows.length) {
      rows.sort((a, b) => Number(a.dataset.position) - Number(b.dataset.position)).forEach((r) => list.append(r));
    }
    const hint = document.getElementById('answer-hint');
    if (hint && list.dataset.dragHint) {
      hint.textContent = list.dataset.dragHint;
    }
    const status = document.createElement('p');
    status.className = 'sr-only';
    status.id = 'order-status';
    status.setAttribute('aria-live', 'polite');
    list.after(status);
    list.classList.add('order-list');
    const button = (row, delta, label) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'order-move';
      b.dataset.move = String(delta);
      b.innerHTML = '<span aria-hidden="true">' + (delta < 0 ? '↑' : '↓') + '</span> ';
      b.append(label);
      b.setAttribute('aria-describedby', 'order-text-' + row.dataset.id);
      b.addEventListener('click', () => move(row, delta));
      return b;
    };
    rows.forEach((row) => {
      const label = row.querySelector('label');
      const text = document.createElement('span');
      text.className = 'order-text';
      text.id = 'order-text-' + row.dataset.id;
      text.lang = 'vi';
      text.textContent = label.textContent;
      const handle = document.createElement('span');
      handle.className = 'order-handle';
      handle.setAttribute('aria-hidden', 'true');
      handle.textContent = '⠿';
      const field = document.createElement('input');
      field.type = 'hidden';
      field.name = 'pos';
      row.replaceChildren(handle, text, button(row, -1, list.dataset.up), button(row, 1, list.dataset.down), field);
      row.classList.add('order-row');
      row.tabIndex = 0;
      row.setAttribute('aria-labelledby', text.id);
      row.addEventListener('keydown', (event) => {
        if (event.target === row && event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
          event.preventDefault();
          move(row, event.key === 'ArrowUp' ? -1 : 1);
          row.focus();
        }
      });
      row.addEventListener('pointerdown', (event) => startDrag(row, event));
    });

    function ordered() {
      return [...list.querySelectorAll('li[data-id]')];
    }

    function sync() {
      ordered().forEach((r, i) => { r.querySelector('input[name=pos]').value = r.dataset.id + ':' + (i + 1); });
    }

    function announce(row) {
      const all = ordered();
      const item = document.createElement('span');
      item.lang = 'vi'; // question content is Vietnamese on English pages too
      item.textContent = row.querySelector('.order-text').textContent;
      status.replaceChildren(item, ': ' + list.dataset.positionWord + ' ' + (all.indexOf(row) + 1) + '/' + all.length);
    }

    function move(row, delta) {
      const other = delta < 0 ? row.previousElementSibling : row.nextElementSibling;
      if (other) {
        if (delta < 0) {
          other.before(row);
        } else {
          other.after(row);
        }
        sync();
      }
      announce(row);
    }

    // Drag from the handle (mouse or touch) or anywhere but a button with a mouse; the row follows the pointer.
    function startDrag(row, event) {
      if (event.button !== 0 || event.target.closest('button')
          || (event.pointerType !== 'mouse' && !event.target.closest('.order-handle'))) {
        return;
      }
      event.preventDefault();
      row.setPointerCapture(event.pointerId);
      row.classList.add('dragging');
      // the other rows move around the dragged one, which stays in the document and keeps the pointer
      const follow = (e) => {
        while (row.previousElementSibling && e.clientY < middle(row.previousElementSibling)) {
          row.after(row.previousElementSibling);
        }
        while (row.nextElementSibling && e.clientY > middle(row.nextElementSibling)) {
          row.before(row.nextElementSibling);
        }
      };
      const end = (e) => {
        if (e.type === 'pointerup') {
          follow(e);
        }
        row.removeEventListener('pointermove', follow);
        row.removeEventListener('pointerup', end);
        row.removeEventListener('pointercancel', end);
        row.classList.remove('dragging');
        sync();
        announce(row);
        row.focus();
      };
      row.addEventListener('pointermove', follow);
      row.addEventListener('pointerup', end);
      row.addEventListener('pointercancel', end);
    }

    function middle(element) {
      const r = element.getBoundingClientRect();
      return r.top + r.height / 2;
    }

    sync();
  }

  // A matching question: a choice already paired with another item is flagged at once, with a note saying
  // where, and the form refuses to send until it changes (arrowing through a closed select still passes it).
  function enhanceMatching(list) {
    const selects = [...list.querySelectorAll('select[name=pair]')];
    const choiceOf = (select) => select.value.split(':')[1] || '';
    const notes = new Map();
    selects.forEach((select) => {
      const note = document.createElement('span');
      note.className = 'pick-note field-error';
      note.id = 'note-' + select.id;
      note.setAttribute('aria-live', 'polite');
      note.hidden = true;
      select.after(note);
      notes.set(select, note);
      select.addEventListener('change', () => {
        flag(select);
        selects.filter((s) => s !== select && !notes.get(s).hidden).forEach(flag);
      });
    });

    function flag(select) {
      const note = notes.get(select);
      const choice = choiceOf(select);
      const other = choice && selects.find((s) => s !== select && choiceOf(s) === choice);
      if (other) {
        note.hidden = false;
        const vi = (text) => {
          const span = document.createElement('span');
          span.lang = 'vi'; // question content is Vietnamese on English pages too
          span.textContent = '„' + text + '“';
          return span;
        };
        note.replaceChildren(vi(select.selectedOptions[0].textContent), ' ' + list.dataset.used + ' ',
          vi(list.querySelector('label[for="' + other.id + '"]').textContent), '.');
        select.setCustomValidity(note.textContent);
        select.setAttribute('aria-invalid', 'true');
        select.setAttribute('aria-describedby', note.id);
      } else {
        note.hidden = true;
        note.textContent = '';
        select.setCustomValidity('');
        select.removeAttribute('aria-invalid');
        select.removeAttribute('aria-describedby');
      }
    }
  }

  function enhance() {
    // After answering, the page is at #feedback: move keyboard and screen-reader focus there.
    const feedback = document.getElementById('feedback');
    if (feedback && window.location.hash === '#feedback') {
      feedback.focus();
    }
    startTimer();
    startCountdowns();
    document.querySelectorAll('form.question-form fieldset:not([disabled]) ul[data-order]').forEach(enhanceOrder);
    document.querySelectorAll('form.question-form fieldset:not([disabled]) ul[data-match]').forEach(enhanceMatching);
    const form = document.querySelector('form.question-form[data-practice]');
    if (form && !form.querySelector('fieldset[disabled]')) {
      // A tap or click on an option answers; arrow keys only move the choice (no change of page on input).
      let pointerAt = 0;
      form.addEventListener('pointerdown', () => { pointerAt = Date.now(); });
      form.addEventListener('change', (event) => {
        if (event.target.type === 'radio' && event.target.name === 'option' && Date.now() - pointerAt < 2000) {
          answerInPlace(form);
        }
      });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        answerInPlace(form);
      });
    }
    const next = document.getElementById('next-question');
    if (next && document.querySelector('form.question-form[data-practice]')) {
      next.addEventListener('click', (event) => {
        event.preventDefault();
        swapTo(next.href, {}).catch(() => window.location.assign(next.href));
      });
    }
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing || ownsItsKeys(event.target)) {
      return;
    }
    const form = document.querySelector('form.question-form');
    const open = form && !form.querySelector('fieldset[disabled]');
    if (open) {
      const letter = event.key.length === 1 ? 'abcdefghi'.indexOf(event.key.toLowerCase()) : -1;
      const key = letter >= 0 ? String(letter + 1) : event.key;
      const option = form.querySelector('input[name=option][data-key="' + key + '"]');
      if (option) {
        event.preventDefault();
        option.focus();
        option.click();
        if (option.type === 'radio' && form.hasAttribute('data-practice')) {
          answerInPlace(form);
        }
      }
      return;
    }
    const next = document.getElementById('next-question');
    if (next && (event.key === 'Enter' || event.key === 'ArrowRight')) {
      event.preventDefault();
      next.click();
    }
  });

  // Back and forward after in-place pages: load the page the address names.
  window.addEventListener('popstate', () => window.location.reload());
  document.addEventListener('DOMContentLoaded', enhance);
})();
