// Keyboard shortcuts for the flashcard page; the page works without them (links and buttons).
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
    if (reveal && event.key === ' ') {
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
