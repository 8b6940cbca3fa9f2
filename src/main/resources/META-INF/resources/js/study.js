// Keyboard shortcuts for the flashcard page (Space or Enter reveals, 1–4 rate); the page works without them.
document.addEventListener('DOMContentLoaded', () => {
  const card = document.querySelector('.flashcard');
  if (!card) {
    return;
  }
  const back = document.getElementById('card-back');
  if (back) {
    back.focus();
  }
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) {
      return;
    }
    const target = event.target;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) {
      return;
    }
    const reveal = document.getElementById('reveal');
    if (reveal && (event.key === ' ' || event.key === 'Enter') && target.tagName !== 'A' && target.tagName !== 'BUTTON') {
      event.preventDefault();
      reveal.click();
      return;
    }
    const rating = document.querySelector('button.rating[data-key="' + event.key + '"]');
    if (rating) {
      event.preventDefault();
      rating.click();
    }
  });
});

// Quiz-style review: 1–9 or A–I pick an option, Enter answers; on the answer, Enter or Space opens the next card.
// Keys pressed on a link, a button or a text field keep their own meaning (follow, press, type).
function ownsItsKeys(target) {
  return !!target && (target.isContentEditable || ['A', 'BUTTON', 'TEXTAREA', 'SELECT'].includes(target.tagName)
    || (target.tagName === 'INPUT' && !['radio', 'checkbox'].includes(target.type)));
}

document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form.study-quiz');
  const next = document.getElementById('next-card');
  if (!form && !next) {
    return;
  }
  const feedback = document.getElementById('feedback');
  if (feedback) {
    feedback.focus();
  }
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing || ownsItsKeys(event.target)) {
      return;
    }
    if (next) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        next.click();
      }
      return;
    }
    const letter = event.key.length === 1 ? 'abcdefghi'.indexOf(event.key.toLowerCase()) : -1;
    const key = letter >= 0 ? String(letter + 1) : event.key;
    const option = form.querySelector('input[type=radio][data-key="' + key + '"]');
    if (option) {
      event.preventDefault();
      option.checked = true;
      option.focus();
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      form.requestSubmit();
    }
  });
});
