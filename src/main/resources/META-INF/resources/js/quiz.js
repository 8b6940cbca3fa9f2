// Progressive enhancement for quiz pages; everything works without it.
document.addEventListener('DOMContentLoaded', () => {
  // After answering, the page reloads at #feedback: move keyboard and screen-reader focus there.
  const feedback = document.getElementById('feedback');
  if (feedback && window.location.hash === '#feedback') {
    feedback.focus();
  }

  // A countdown next to the deadline of a timed test; at zero, show the results (the server ends the attempt).
  const timer = document.querySelector('.timer[data-deadline]');
  if (timer) {
    const deadline = Date.parse(timer.dataset.deadline);
    const left = timer.querySelector('.timer-left');
    const alert = document.getElementById('timer-alert');
    // Screen readers hear the time left once at five minutes and once at one minute.
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
        window.setTimeout(() => window.location.assign(timer.dataset.resultUrl), 1500);
        return;
      }
      const s = Math.floor(ms / 1000);
      left.textContent = '(' + Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') + ')';
      window.setTimeout(tick, 1000 - (ms % 1000));
    };
    tick();
  }
});
