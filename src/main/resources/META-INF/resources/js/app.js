// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Prevent double submission of a form by a double click; the server is idempotent anyway.
  document.querySelectorAll('form[data-once]').forEach((form) => {
    form.addEventListener('submit', () => {
      form.querySelectorAll('button[type=submit]').forEach((b) => { b.disabled = true; });
    });
  });
});
